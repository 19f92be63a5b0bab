"""Not a person specification: an extract (section 4) from a county council's adult social
care supervision policy, with a document-control table, "Supervisors must:" and "Supervisees
will:" lists, and a frequency table by staff group.

Why it looks close: "Supervisors must: hold current registration with Social Work England or
the HCPC; have completed the council's Supervision Skills course; have at least two years'
post-qualifying experience" reads like essential criteria, and the frequency table names the
roles of a person specification (newly qualified social workers in the ASYE, occupational
therapists, AMHPs). But nothing here is for selecting anyone: it is a policy about how staff
already in post are supervised, with no post, no application and no shortlisting. A
recruiter would not build a shortlisting matrix from it; it must be refused.
"""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, Table

DOCUMENT = CorpusDocument(
    name="refuse_supervision_policy",
    layout="not a specification: supervision policy extract",
    formats=("docx", "pdf"),
    refuse=True,
    description="Section of a supervision policy with 'Supervisors must' lists; must be "
                "refused.",
    blocks=(
        Para("Northwold County Council - Adult Social Care", bold=True),
        Heading("Professional Supervision Policy"),
        Table(rows=(
            ("Document control",),
            ("Document owner", "Principal Social Worker"),
            ("Version", "4.1"),
            ("Approved by", "Adult Social Care Leadership Team, 14 September 2026"),
            ("Review date", "September 2028"),
        ), widths=(45, 135)),
        Heading("4. Roles and responsibilities", level=2),
        Para("4.1 Supervision is a two-way process. Both the supervisor and the supervisee are "
             "responsible for making it work."),
        Para("4.2 Supervisors must:", bold=True),
        Bullets((
            "hold current registration with Social Work England or the HCPC",
            "have completed the council's Supervision Skills course within the last three years",
            "have at least two years' post-qualifying experience",
            "record each session on the supervision template within five working days",
            "escalate any concerns about practice to the Principal Social Worker",
        )),
        Para("4.3 Supervisees will:", bold=True),
        Bullets((
            "prepare an agenda and bring cases they want to discuss",
            "reflect on their practice and identify learning needs",
            "keep a copy of the signed supervision record",
        )),
        Heading("5. Frequency of supervision", level=2),
        Table(rows=(
            ("Staff group", "Minimum frequency", "Notes"),
            ("Newly qualified social workers (ASYE)", "Weekly for 6 weeks, then fortnightly",
             "In line with the ASYE framework"),
            ("Social workers and occupational therapists", "Every 4-6 weeks", ""),
            ("Approved Mental Health Professionals", "Every 4-6 weeks",
             "Plus AMHP group supervision quarterly"),
            ("Community care officers", "Every 6-8 weeks", ""),
        ), widths=(65, 55, 60)),
        Para("5.2 Where supervision is cancelled it must be rearranged within ten working days "
             "and the reason recorded."),
        Para("Section 4 and 5 extract - for the full policy see the staff intranet.", small=True),
    ),
)
