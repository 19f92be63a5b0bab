"""What a careful reader makes of an ASYE the applicant could not have done, as data.

The ASYE began in England in 2012 (the NQSW year before it). "I qualified long before 2012,
when the ASYE did not exist" neither completes it nor refuses it: the "not" is the scheme's,
not the applicant's. A panel decides whether long post-qualifying practice stands in for it.
"""

from __future__ import annotations

# Said of the scheme in the sentence that names it: it did not exist yet when the applicant
# qualified, or they qualified before it began.
PREDATES_ASYE_RE = (
    r"\b(?:did\s+not|didn['’]t|did\s+n['’]t|does\s+not|had\s+not)\s+(?:yet\s+)?exist"
    r"|\bnot\s+(?:yet\s+)?(?:exist|around|in\s+place|introduced|in\s+existence)"
    r"|\bbefore\s+(?:the\s+)?(?:ASYE|it)\s+(?:existed|was\s+introduced|began|started|came\s+in)"
    r"|\bpre-?dat(?:es|ed|ing)\s+the\s+ASYE"
    r"|\bqualified\s+(?:long\s+|well\s+|many\s+years\s+)?before\s+(?:the\s+ASYE|2012|201[01]|"
    r"19\d\d|200\d)"
)
# The applicant says they did the ASYE (or the NQSW year before it) in that sentence: then the
# scheme's beginning is history, not the reason they could not do it.
COMPLETED_ASYE_RE = (
    r"\b(?:completed|passed|finished|did|done)\s+(?:my|the|an|their)?\s*(?:ASYE|NQSW)"
)
# The ASYE named as what a thing is about, not a year the applicant did: "our ASYE handbook",
# "the ASYE panel", "an ASYE assessor" (matched right after the mention).
ASYE_THING_AFTER_RE = (
    r"\s*(?:handbook|panel|panels|assessor|assessors|co-?ordinator|lead|moderation|policy|"
    r"guidance|workshops?|forum|group|framework|programme\s+lead|champion)\b"
)
# Told right after the mention: the applicant finished it ("... my ASYE, which I finished in
# 2020"), whatever the clause before says ("I wouldn't have been allowed to move ... without first
# completing my ASYE").
FINISHED_AFTER_RE = (
    r"\s*,?\s*(?:which|that)\s+I\s+(?:have\s+|had\s+)?(?:finished|completed|passed)\b"
)
# Later in the sentence, of the ASYE named: "I would not have got through my ASYE without my
# team, and I finished it in October 2021".
FINISHED_LATER_RE = (
    r"(?:\band|\bbut|,|;)\s+I\s+(?:have\s+|had\s+|then\s+|finally\s+|eventually\s+)?"
    r"(?:finished|completed|passed)\s+it\b"
    # a year not passed the first time, done again and passed: "My first ASYE was not passed in
    # 2022; I repeated it with another authority and passed in 2024"
    r"|(?:\band|\bbut|,|;)\s+I\s+(?:then\s+)?(?:repeated|retook|re-?took|redid|re-?did|restarted)"
    r"\s+it\b[^.;]{0,80}?\b(?:and|then)\s+(?:finally\s+|eventually\s+|successfully\s+)?"
    r"(?:passed|completed|finished)\b"
)
# Right after the mention: its last step is still to come ("My ASYE final panel is in
# February", "my ASYE portfolio goes to panel next month"): under way, not completed.
STEP_TO_COME_AFTER_RE = (
    r"\s*(?:final\s+|end[- ]of[- ]year\s+|moderation\s+|sign[- ]off\s+)?"
    r"(?:panel|portfolio|assessment|sign[- ]off|review)\s+"
    r"(?:is|will\s+be|goes|is\s+going|has\s+been\s+booked|is\s+booked|is\s+due)\s+"
    r"(?:to\s+panel\s+)?(?:in|on|next|due|booked|scheduled|for)\b"
)
# Later in the sentence: begun and then given up ("I started the ASYE ... but left the post after
# four months ... and have not gone back to it").
LEFT_AFTER_RE = (
    r"\b(?:but|and|then)\s+(?:I\s+)?(?:left|withdrew|stopped|dropped\s+out|gave\s+(?:it\s+)?up|"
    r"had\s+to\s+(?:leave|stop|withdraw))\b"
    r"|\b(?:did\s+not|didn['’]t|never)\s+(?:finish|complete)\b"
    r"|\bnot\s+(?:gone|been)\s+back\s+to\s+it\b"
)
# In the sentence: begun and paused, to go on ("My ASYE was deferred when I went on maternity
# leave ... due to pick it up again in January"): under way, not refused.
PAUSED_RE = (
    r"(?<!never\s)(?<!not\s)(?<!n't\s)(?<!n’t\s)"
    r"\b(?:deferred|paused|put\s+on\s+hold|on\s+hold|suspended\s+(?:while|during|for))\b"
)
# Anywhere in a sentence with a pause: the ASYE was finished all the same ("I completed my ASYE
# in 2021, though it was paused for three months"); without it, a pause told of the ASYE ("My
# ASYE was paused while I was on maternity leave, and I resume it in January") is not done.
DONE_DESPITE_PAUSE_RE = r"\b(?:completed|passed|finished|signed\s+off|achieved)\b"
# After someone else's ASYE, in the same sentence: the applicant's own to come, told by "mine"
# ("My partner finished her ASYE ..., and it has made me determined to do mine properly"): a
# commitment of the applicant's.
OWN_TO_COME_AFTER_RE = (
    r"\b(?:determined|committed|keen|intend\w*|plan\w*|want\w*|hop\w*|eager|going|looking "
    r"forward)\s+to\s+(?:do|doing|complete|completing|undertake|undertaking|start|starting"
    r"|begin|beginning)\s+(?:mine|my\s+own)\b"
)
