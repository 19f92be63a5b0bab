"""Not a person specification: an interview schedule with times, candidates, panel, the
presentation topic and the questions."""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, Table

DOCUMENT = CorpusDocument(
    name="refuse_interview_schedule",
    layout="not a specification: interview schedule",
    formats=("docx", "pdf"),
    refuse=True,
    description="Interview timetable and questions; must be refused.",
    blocks=(
        Heading("Interview Schedule - Senior Practitioner Occupational Therapist"),
        Para("Date: Thursday 11 March 2027   Venue: Room 2.14, County Hall"),
        Table(rows=(
            ("Time", "Candidate", "Panel", "Notes"),
            ("09:30", "Candidate A (ref 3301)", "KL, MB, HR", "Presentation then interview"),
            ("10:45", "Candidate B (ref 3307)", "KL, MB, HR", "Requires step-free access"),
            ("13:30", "Candidate C (ref 3312)", "KL, MB, HR", ""),
        ), widths=(20, 50, 40, 70)),
        Heading("Presentation (10 minutes)", level=2),
        Para("How would you develop the moving and handling skills of the team in the next "
             "12 months?"),
        Heading("Questions", level=2),
        Bullets((
            "Tell us about a complex case where you used clinical reasoning to reach a decision.",
            "How do you support a Community Care Officer whose assessments are not up to standard?",
            "What does the Care Act 2014 mean for the way we assess for equipment?",
            "Describe a time you had to manage a disagreement with a family about risk.",
        ), numbered=True),
        Para("Each answer is scored 0-3 by each panel member. Scores are agreed at the end of "
             "the day."),
    ),
)
