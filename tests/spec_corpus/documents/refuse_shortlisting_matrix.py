"""Not a person specification: a panel's shortlisting matrix, criteria down the side and a
score per applicant, totals and the shortlisting decision."""

from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table

CRITERIA = [
    ("Social Work degree or DipSW (E)", "3", "3", "3", "2"),
    ("Current Social Work England registration (E)", "3", "3", "0", "3"),
    ("Experience of statutory social work with adults (E)", "2", "3", "1", "2"),
    ("Knowledge of the Mental Capacity Act 2005 (E)", "2", "2", "1", "3"),
    ("Experience of working in a hospital discharge team (D)", "0", "2", "0", "1"),
]

DOCUMENT = CorpusDocument(
    name="refuse_shortlisting_matrix",
    layout="not a specification: shortlisting matrix",
    formats=("docx", "pdf"),
    refuse=True,
    description="Scores per applicant against the criteria; must be refused.",
    blocks=(
        Heading("Shortlisting Matrix"),
        Para("Post: Social Worker (Adults)   Ref: ASC/0412   Closing date: 14/01/2027"),
        Para("Panel: J. Okafor (Team Manager), R. Hughes (Senior Practitioner)"),
        Para("Scoring: 0 = no evidence, 1 = limited evidence, 2 = good evidence, "
             "3 = excellent evidence"),
        Table(rows=(
            ("Criteria", "Applicant 1021", "Applicant 1022", "Applicant 1023", "Applicant 1024"),
            *CRITERIA,
            ("Total", "10", "13", "5", "11"),
            ("Shortlist (Y/N)", "Y", "Y", "N", "Y"),
        ), widths=(80, 25, 25, 25, 25)),
        Para("Signed (chair of panel): ____________   Date: ________"),
    ),
)
