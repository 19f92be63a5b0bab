"""Not a person specification: a council's equality and diversity monitoring form, sent out
with the application pack for a social worker post. It names the post and reference, asks the
applicant to tick boxes for age band, sex, ethnic group, disability, religion and sexual
orientation in tables of options with tick columns, and explains the guaranteed interview
scheme ("if you have a disability and meet the essential criteria for the post ...").

What makes it hard: it is laid out like a specification (headings, tables with a tick
column, "Yes / No" columns), it talks about "essential criteria", "Social Work England" and
"driving" (an access question about travel to interview), and it names the post; nothing in
it is a requirement of the applicant. It must be refused.
"""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

TICK = "☐"

DOCUMENT = CorpusDocument(
    name="refuse_equality_monitoring_form",
    layout="equality monitoring form: tick-box tables of options, Yes/No questions",
    formats=("docx", "pdf"),
    refuse=True,
    description="Equality and diversity monitoring form for a social worker post; must be "
                "refused.",
    blocks=(
        Para("Kelderby Metropolitan Borough Council", bold=True),
        Heading("Equality and Diversity Monitoring Form"),
        Para("Post applied for: Social Worker – Adults with Learning Disabilities (Grade 7/8)."
             " Reference: ASC/SW/0214."),
        Para("This form is detached from your application before shortlisting. The "
             "shortlisting panel does not see it. We use the information only to check that "
             "our recruitment is fair, and it is stored in line with our privacy notice."),
        Heading("1. Age", level=2),
        Table((("Age band", "Tick one"), ("16–24", TICK), ("25–34", TICK), ("35–44", TICK),
               ("45–54", TICK), ("55–64", TICK), ("65 or over", TICK),
               ("Prefer not to say", TICK)), widths=(120, 40)),
        Heading("2. Sex and gender identity", level=2),
        Table((("Question", "Yes", "No", "Prefer not to say"),
               ("Are you female?", TICK, TICK, TICK),
               ("Is your gender identity the same as the sex you were registered at birth?",
                TICK, TICK, TICK)), widths=(110, 17, 17, 26)),
        Heading("3. Ethnic group", level=2),
        Table((("Ethnic group", "Tick one"),
               ("White – English, Welsh, Scottish, Northern Irish or British", TICK),
               ("White – Irish, Gypsy or Irish Traveller, Roma, or any other White background",
                TICK),
               ("Mixed or multiple ethnic groups", TICK),
               ("Asian or Asian British", TICK),
               ("Black, Black British, Caribbean or African", TICK),
               ("Other ethnic group (please write in): ________", TICK),
               ("Prefer not to say", TICK)), widths=(140, 30)),
        Heading("4. Disability", level=2),
        Para("Do you consider yourself to have a disability or long-term health condition? "
             "Yes ☐  No ☐  Prefer not to say ☐"),
        Para("Guaranteed interview scheme: if you have a disability and meet the essential "
             "criteria for the post, you will be offered an interview. Tick here if you wish "
             "to be considered under the scheme ☐"),
        Para("Do you need any adjustments to attend an interview (for example, help with "
             "travel if you do not drive, a ground-floor room, or extra time for a written "
             "exercise)? Please give details: ____________________"),
        Heading("5. Religion or belief and sexual orientation", level=2),
        Table((("Religion or belief", "Tick one"), ("No religion", TICK), ("Christian", TICK),
               ("Muslim", TICK), ("Hindu", TICK), ("Sikh", TICK), ("Jewish", TICK),
               ("Buddhist", TICK), ("Any other religion or belief", TICK),
               ("Prefer not to say", TICK)), widths=(120, 40)),
        Table((("Sexual orientation", "Tick one"), ("Heterosexual or straight", TICK),
               ("Gay or lesbian", TICK), ("Bisexual", TICK), ("Other", TICK),
               ("Prefer not to say", TICK)), widths=(120, 40)),
        Heading("6. About your current work", level=2),
        Table((("Question", "Yes", "No"),
               ("Are you currently employed by the Council?", TICK, TICK),
               ("Are you registered with Social Work England?", TICK, TICK),
               ("Are you a care leaver?", TICK, TICK),
               ("Have you served in the armed forces?", TICK, TICK)), widths=(130, 20, 20)),
        Para("Thank you for completing this form. Please return it with your application form "
             "to recruitment@kelderby.gov.example.", small=True),
    ),
)
