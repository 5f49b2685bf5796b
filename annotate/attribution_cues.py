"""The English that source suggestion reads: attribution cues, references, documents and names.

`annotate.attribution` ties each cue in a sentence to a source; the words and patterns it looks
for are here, apart from that logic, so that a new verb, noun or title is one edit in one table
and the rules that use them stay readable. Pure: regexes and word tables only.
"""

import re
from typing import NamedTuple

# An organisation's unnamed staff, who speak for it ("the agency's engineers", "its lawyers").
_STAFF = (r"(?:engineers|experts|inspectors|researchers|scientists|economists|analysts|lawyers"
          r"|auditors|investigators|staff|trustees|forecasters)")
# The words for a spokesperson, in every number and gender.
_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|spokesmen|spokeswomen|spokespeople)"

# Reporting verbs (the PARC 3.0 and PolNeAR inventories as reference), in the forms a wire
# story uses them: third person present and past; the bare form only where it is no noun.
_VERBS = (
    "said", "says", "say", "report", "told", "tells", "tell", "announced",
    "announces", "acknowledged", "acknowledges", "highlighted", "highlights", "affirmed",
    "affirms", "reaffirmed", "reaffirms", "conveyed", "conveys", "reiterated", "reiterates",
    "stated", "states", "added", "adds", "noted", "notes", "claimed", "claims", "claim",
    "insisted", "insists", "insist", "warned", "warns", "warn", "emphasized", "emphasizes",
    "emphasised", "emphasises", "underlined", "underlines", "underscored", "underscores",
    "stressed", "stresses", "confirmed", "confirms", "denied", "denies", "deny", "disputed",
    "disputes", "dispute", "argued", "argues", "argue", "explained", "explains", "declared",
    "declares", "asserted", "asserts", "wrote", "writes", "revealed", "reveals", "alleged",
    "alleges", "allege", "admitted", "admits", "replied", "replies", "responded", "asked",
    "asks", "cautioned", "cautions", "estimated", "estimates", "hailed", "hails", "accused",
    "accuses", "welcomed", "welcomes", "described", "describes", "demanded", "demands",
    "rejected", "rejects", "predicted", "predicts", "promised", "promises", "vowed", "vows",
    "pledged", "pledges", "proclaimed", "urged", "urges", "blamed", "blames", "criticised", "criticized",
    "criticises", "criticizes", "praised", "praises", "condemned", "condemns", "complained",
    "complains", "conceded", "concedes", "maintained", "maintains", "contended", "contends",
    "suggested", "suggests", "indicated", "indicates", "signalled", "signaled", "signals",
    "observed", "observes", "remarked", "commented", "testified",
    "disclosed", "discloses", "assured", "assures", "concluded", "concludes",
    "countered", "counters", "objected", "protested", "boasted", "lamented", "acknowledge",
    "forecast", "forecasts", "projected", "projects", "expects", "expected", "believes",
    "believe", "believed", "tweeted", "questioned", "threatened", "recommended", "predicted",
    "explain", "thinks", "reckons", "reckoned", "confided", "retorted", "rebutted", "echoed",
    "restated", "repeated", "clarified", "elaborated", "mentioned", "mentions",
    "quipped", "joked", "mused", "speculated", "speculates", "hinted", "hints", "implied",
    "advised", "advises", "reminded", "reminds", "announce", "contend", "anticipates",
    "anticipated", "calculated", "calculates", "regretted", "apologised", "apologized",
    "grumbled", "bragged", "deplored", "decried", "lauded", "applauded", "faulted", "branded",
    "labelled", "labeled", "characterised", "characterized", "refuted", "contested", "surmised",
    "attested", "affirm", "observe", "instructed", "apologises", "accuse", "expect",
    "predict", "maintain", "stress", "suggest", "urge", "reject", "blame", "concede", "admit",
    "estimate", "confessed", "confesses", "reassured", "flagged", "attributed", "attributes",
    "complain", "testify", "confirm", "describe", "reiterate", "emphasise", "emphasize",
    # expressives (PARC 3.0 counts them): thanking and congratulating are said
    "thanked", "congratulated", "denounced", "denounces",
    # a guarantee given in words ("X guaranteed that the cells were safe")
    "guaranteed",
)
# Verbs that report only before a clause or a finding ("found that", "found no evidence"):
# "Police found the bodies" reports nothing; "ruled that", "feared that", "charged that" ...
_FINDING = (
    r"(?:found|finds)(?=[ \xa0]+(?:that|no|evidence|little)\b"
    # ... or before a count of what was checked in a state ("It found 902 of them broken", "found 281
    # tanks standing unconnected")
    r"|[ \xa0]+\d[\d,.]*[ \xa0]+(?:of[ \xa0]+(?:them|the[ \xa0]+[\w-]+)|[\w-]+)[ \xa0]+(?:[\w-]+[ \xa0]+)?"
    r"(?:broken|unconnected|faulty|missing|empty|closed|unused|cracked|defective|dry|unpaid|unsafe|dead"
    r"|out[ \xa0]+of)\b"
    # ... also after where ("found in an audit that", "found in a survey published in March that")
    r"|[ \xa0]+in[ \xa0]+(?:a|an|its|their|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,4}?(?:report|audit|survey|study|review"
    r"|inspection|tests?|analysis|ruling|investigation|inquiry)(?:[ \xa0]+[^,.;\u201c\"]{1,40}?)?[ \xa0]+that\b"
    # ... or before what was measured ("found levels of", "found only 214 in use", "found diesel in the
    # water at 40 times the permitted level")
    r"|[ \xa0]+(?:(?:levels?|traces?|concentrations?)\b|only[ \xa0]+\d)"
    r"|[^.;,\u201c\"]{1,80}?\b\d+[ \xa0]+times[ \xa0]+(?:the|what)\b)"
    # ... or, after a body's "It" or "Its inspectors" opening the sentence, before what its checks found
    # ("It found retreads on the front wheels of 37 coaches"; not "the bodies", "the wreck")
    r"|(?:(?<=^It[ \xa0])|(?<=[.!?\n][ \xa0]It[ \xa0])|(?<=^Its[ \xa0]inspectors[ \xa0])"
    r"|(?<=[.!?\n][ \xa0]Its[ \xa0]inspectors[ \xa0])|(?<=^Its[ \xa0]auditors[ \xa0])"
    r"|(?<=[.!?\n][ \xa0]Its[ \xa0]auditors[ \xa0]))"
    r"found(?=[ \xa0]+(?!(?:the|a|his|her|their)[ \xa0]+(?:bod(?:y|ies)|remains|wreck(?:age)?|man|woman|boy|girl)\b)"
    r"[\w-])"
    r"|posted(?=[ \xa0]+(?:on|to)[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?that\b)"
    # ... also after a time of day, a month or a year ("ruled in April that", "ruled late on Wednesday
    # that", "concluded in 2031 that")
    r"|(?:concluded|determined|ruled|judged|found)(?=[ \xa0]+(?:late[ \xa0]+|early[ \xa0]+)?(?:on|in|last)[ \xa0]+"
    r"(?:[A-Z][a-z]+|\d{4})(?:[ \xa0]+\d{1,2})?[ \xa0]+that\b)"
    r"|(?:concluded|determined|ruled|rules|held|holds|thought|judged|charged|charges|posted"
    r"|fears|feared|hoped|hopes|doubted|doubts|agreed|agrees)(?=(?:[ \xa0]+(?:on|last|this|late|early)[ \xa0]+"
    r"\w+|[ \xa0]+(?:earlier|previously|unanimously)|,[ \xa0]+(?:however|though|nevertheless|moreover"
    r"|also),)?[ \xa0]+that\b)"
    # "..., the inquiry found (on Wednesday).", "..., the commission ruled on Wednesday, granting":
    # a finding that closes the clause it reports
    r"|(?:found|concluded|ruled|determined)(?=(?:[ \xa0]+(?:late[ \xa0]+|early[ \xa0]+)?on[ \xa0]+[A-Z][a-z]+day"
    r"|[ \xa0]+(?:last|this)[ \xa0]+(?:week|month|year)|[ \xa0]+in[ \xa0]+(?:a|an|its|their)[ \xa0]+"
    r"(?:[\w-]+[ \xa0]+){0,4}?(?:report|decision|ruling|judgment|findings|review|audit|study|survey|inquiry"
    r"|investigation|inspection)"
    # ("found in an audit published on Wednesday")
    r"(?:[ \xa0]+(?:published|released|issued|made[ \xa0]+public))?(?:[ \xa0]+(?:late[ \xa0]+|early[ \xa0]+)?on"
    r"[ \xa0]+[A-Z][a-z]+day|[ \xa0]+(?:last|this)[ \xa0]+(?:week|month|year))?)?"
    r"[ \xa0]*(?:[.;]|,[ \xa0]+[a-z]+ing\b|,[ \xa0]+and[ \xa0]+[a-z]+ed\b))"
    # "dismissed claims ...", "played down concerns": a rebuttal, not a sacking
    r"|(?:dismissed|dismisses|brushed[ \xa0]+aside|played[ \xa0]+down|downplayed)"
    r"(?=[ \xa0]+(?:(?:the|such|those|these|his|her|its|their)[ \xa0]+)?"
    r"(?:[a-z-]+(?:['\u2019]s?)?[ \xa0]+){0,2}(?:claims?|criticisms?|allegations?|accusations?|reports?|suggestions?"
    r"|concerns?|fears|talk|speculation|calls?|charges?|complaints?|warnings?|questions?|rumou?rs?"
    r"|demands?|offers?|proposals?|plans?|figures?|findings|remarks|comments|assertions?"
    r"|threats?|explanations?|accounts?|arguments?|theory|theories|version|story|objections?|doubts"
    r"|the[ \xa0]+idea)\b"
    # ... or "dismissed X as an insult"
    r"|[^.;:\n]{0,60}?[ \xa0]as[ \xa0]+(?:[\u201c\"]|an?[ \xa0]|[a-z]+(?:[.,\u201d\"]|$)))"
    # "defended the decision", "defended the operation as lawful": a justification said
    r"|(?:defended|defends)(?=[ \xa0]+(?:the|its|his|her|their|this|that)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
    r"(?:decision|decisions|operation|move|plan|policy|handling|record|bill|law|choice|ruling|cuts?|deal"
    r"|contract|raid|strategy|response|reforms?|budget|measures?)\b|[^.;:\n]{0,60}?[ \xa0]as[ \xa0]+"
    r"(?:[\u201c\"]|an?[ \xa0]|[a-z]+(?:[.,\u201d\"]|$)))"
    # "ruled out a cut", "called for calm", "called on X to ..."
    r"|(?:ruled|rules|ruling)[ \xa0]+out|(?:called|calls)[ \xa0]+(?:for|on)(?=[ \xa0])"
    # "appealed for calm", not "appealed the verdict" nor "appealed to the Supreme Court" (a filing);
    # "slammed the plan", not "slammed into"
    r"|appeal(?:ed|s)(?=[ \xa0]+(?:for|to)\b)(?![ \xa0]+to[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w'\u2019-]*[ \xa0]+){0,4}"
    r"(?:Court|Tribunal|court|tribunal)\b)|slam(?:med|s)(?![ \xa0]+(?:into|shut|on|down)\b)"
    r"|recount(?:ed|s)(?![ \xa0]+(?:the[ \xa0]+)?(?:votes?|ballots?)\b)"
    # "recalled that ...", '..., she recalled', but "recalled its ambassador" or "recalled 2,000
    # cars" is an order, no claim
    r"|recall(?:ed|s)?(?![ \xa0]+(?:its|their|his|her|the|a|an|some|all|every|each|about|[\d,.]+)\b)"
    # "reported that ...", but "reported a record profit" is a company's results, no claim
    r"|(?:reported|reports)(?![ \xa0]+(?:(?:a|an|its|their|the|his|her)[ \xa0]+)?(?:[\w-]+[ \xa0]+){0,3}?"
    r"(?:profits?|loss(?:es)?|revenues?|earnings|sales|income|results|deficits?|surplus(?:es)?"
    r"|turnover|margins?)\b)"
)
# "called"/"calling" reports when a quote follows ('called the demands "unaffordable"').
_CALLING = (r"(?:called|calls|calling)(?=[^.;:!?\u201c\"]{0,60}[\u201c\"]"
            # ("called the claim untrue", "called that account false")
            r"|[ \xa0]+(?:the|that|this|these|those|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
            r"(?:claims?|account|accounts|allegations?|report|figures?|charges?|accusations?|story|statement)"
            r"[ \xa0]+(?:untrue|false|baseless|unfounded|wrong|inaccurate|misleading|absurd|groundless|nonsense)\b"
            r"|[ \xa0]+(?:it|this|that|(?:the|his|her|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+)?[\w-]+)"
            r"[ \xa0]+(?:a|an)[ \xa0](?!day\b|night\b))")
# A participle after a comma reports for the clause's subject ("X cut its forecast, saying").
_PARTICIPLES = (
    "saying", "adding", "noting", "warning", "arguing", "insisting", "stressing", "claiming",
    "accusing", "describing", "urging", "denying", "blaming", "citing", "explaining",
    "acknowledging", "emphasizing", "emphasising", "calling", "predicting", "telling",
    "estimating", "forecasting", "asserting", "alleging", "admitting", "conceding", "vowing",
    "pledging", "promising", "praising", "criticising", "criticizing", "welcoming", "rejecting",
    "announcing", "reiterating", "stating", "declaring", "maintaining", "hailing",
    "complaining", "cautioning", "contending", "recalling", "disputing", "ruling", "finding",
    "concluding", "ordering",
)
# What follows a cue word used otherwise: a plural noun before its verb ("Insurance claims
# rose"), or a saying of nothing ("Kestrel said nothing").
NOT_A_CUE = re.compile(
    r"(?<=s)[ \xa0]+(?:rose|fell|grew|jumped|dropped|increased|decreased|climbed|slipped|soared"
    r"|plunged|were|are|have|remain|remained|reached|totalled|totaled)\b"
    # "X has called its members to a meeting", "called a snap election": an act (not "called for")
    r"|(?<=called)[ \xa0]+(?:its|his|her|their|a|an|the)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:members|meeting"
    r"|strike|election|vote|referendum|session|summit|halt|inquiry|review|ceasefire|truce)\b"
    r"(?![ \xa0]*[\u201c\"]|[ \xa0]+(?:a|an|the)[ \xa0])"  # (not 'called the vote "a coup"')
    # "X has added about 400 megawatts", "added 3,000 jobs": a quantity added, no words
    r"|(?<=added)[ \xa0]+(?:about|around|some|nearly|almost|more[ \xa0]+than|over|another|\d)"
    # "X has asked for a meeting": a request made, an act (in a main clause; nested, "Y had asked
    # for" is another matter)
    r"|(?<=has[ \xa0]asked)[ \xa0]+for\b|(?<=have[ \xa0]asked)[ \xa0]+for\b"
    # ... and so is asking to meet someone ("has asked to meet the minister")
    r"|(?:(?<=has[ \xa0]asked)|(?<=have[ \xa0]asked))[ \xa0]+to[ \xa0]+[a-z]"
    # ... or asking someone for a thing ("has asked the government for emergency loans", "The guild
    # asked the agency for a second round of tests"; not nested: "had asked")
    r"|(?:(?<=has[ \xa0]asked)|(?<=have[ \xa0]asked)|(?<=also[ \xa0]asked)|(?<!had[ \xa0]asked)(?<=asked))"
    r"[ \xa0]+(?:the[ \xa0]+)?(?:(?!to[ \xa0]|that[ \xa0]|whether[ \xa0]|if[ \xa0])[\w'\u2019-]+[ \xa0]+){0,3}?"
    r"(?!to[ \xa0])[\w'\u2019-]+[ \xa0]+for[ \xa0]+[a-z$\u20ac\u00a3\d]"  # ("asked Tysenia for", "... for $6 million")
    # ... or someone to meet ("has asked the district head to meet its members")
    r"|(?:(?<=has[ \xa0]asked)|(?<=have[ \xa0]asked))[ \xa0]+(?:the[ \xa0]+)?(?:[\w'\u2019-]+[ \xa0]+){0,3}?to[ \xa0]+"
    r"(?:meet|visit)\b"
    # "The board expects to rule next week": a plan, no claim
    r"|(?<=expects)[ \xa0]+to[ \xa0]+(?:rule|decide|meet|announce|hold|vote|visit|name|issue|hear|present)\b"
    # ... and "has also asked for the records"
    r"|(?:(?<=has[ \xa0]also[ \xa0]asked)|(?<=have[ \xa0]also[ \xa0]asked))[ \xa0]+for\b"
    r"|(?<=has[ \xa0]requested)[ \xa0]+(?:a|an)\b"
    # "declared three days of mourning", "declared a state of emergency": an act (not "declared that")
    r"|(?:(?<=declared)|(?<=declares)|(?<=proclaimed))[ \xa0]+(?!that\b|it\b|he\b|she\b|they\b|we\b|[a-z]+ly\b"
    r"|on\b|in\b|outside[ \xa0]+(?:the[ \xa0]+)?[a-z]+[.,]"  # ("declared outside parliament.": speaking there)
    r"|at\b|last\b|[\u201c\"])[\w]"
    r"|[ \xa0]+(?:nothing|little)[ \xa0]*(?:[.,;]|about|on|of|else|more|during)"
    # "accused of spying": a passive participle (the active verb takes its object first)
    r"|(?<=accused)[ \xa0]+of\b"
    # "The college admits about 250 students a year": takes them in, no admission of a fault
    r"|(?:(?<=admits)|(?<=admitted))[ \xa0]+(?:about|some|around|nearly|almost|more[ \xa0]+than|up[ \xa0]+to|\d)"
    r"[^.;:]{0,40}?\b(?:students|pupils|patients|children|members|people|applicants|visitors)\b"
    # "whose sons were admitted, said": taken into a hospital, no admission of a fault
    r"|(?:(?<=was[ \xa0]admitted)|(?<=were[ \xa0]admitted)|(?<=been[ \xa0]admitted)|(?<=being[ \xa0]admitted))"
    r"(?=[ \xa0]*[,.;]|[ \xa0]+(?:to|into|at|on|in|with|for|overnight|yesterday|last)\b)"
    # "X, asked about the merger, said": a passive participle in commas, not X asking
    r"|(?<=,[ \xa0]asked)[ \xa0]+(?:about|whether|if|why|how|what|when)\b"
    # "said goodbye": a greeting, no claim
    r"|(?<=said)[ \xa0]+(?:goodbye|farewell|hello|thanks|grace"
    r"|(?:a|his|her|their)[ \xa0]+(?:prayers?|goodbyes?|farewells?))\b"
    # "said she would not discuss it": a refusal to comment, no claim
    r"|[ \xa0]+(?:that[ \xa0]+)?(?:he|she|they|it|we|I)[ \xa0]+(?:would|could|will|can|did|does|do)"
    r"[ \xa0]*(?:not|n['\u2019]t)"
    r"[ \xa0]+(?:discuss|comment|elaborate|speculate)"
    r"(?:[ \xa0]+(?:on|about)(?:[ \xa0]+(?:it|that|this|the[ \xa0]+\w+))?"
    r"|[ \xa0]+(?:it|further|the[ \xa0]+\w+))?[ \xa0]*[.;]"
    # "added six extra flights": a thing added, no words
    r"|(?<=added)[ \xa0]+(?:\d|more|another|extra|new|two|three|four|five|six|seven|eight|nine|ten|dozens"
    r"|hundreds|thousands)\b"
    # "recalled 2 million tins", "ordered an inquiry": a recall of goods, an order given, no words
    r"|(?<=recalled)[ \xa0]+(?:more[ \xa0]+than|about|around|nearly|almost|some|over|up[ \xa0]+to|all|\d)"
    r"|(?<=ordered)[ \xa0]+(?:an?|the)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:inquiry|investigation|review|audit"
    r"|evacuation|recount|probe|halt|closure|ban|curfew|lockdown|search|withdrawal|recall|suspension)\b"
    # "questioned two men", "questioned 2,400 girls", "questioned him": people questioned, no doubt voiced (not
    # "questioned whether", "questioned the timing")
    r"|(?<=questioned)[ \xa0]+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several"
    r"|more[ \xa0]+than|about|nearly|some|him|her|them|by)\b"  # ("was questioned by prosecutors")
    # ... "questioned Stitovsky and Turnajsky", "questioned the watchman" (not "questioned Norvex's figures")
    r"|[A-Z][\w-]+\b(?!['\u2019]s\b)"
    r"|(?:the|a|an|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:watchman|watchmen|driver|drivers|guard|guards"
    r"|owner|owners|man|men|woman|women|suspects?|witnesses|staff|workers|crew|captain|pilot|manager|boy|girl"
    r"|teenagers?|couple|pair|parents|son|daughter|husband|wife|neighbours?|neighbors?)\b)"
    # "now advises two charities": advising as a job, no advice given
    r"|(?<=advises)(?![^.;:!?]*\b(?:to|that|against|on|whether|not)\b)",
)


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of words as a prefix tree ("said|says" -> "sa(?:id|ys)"): Python's
    regex engine tries a flat alternation word by word at every position, a tree letter by
    letter, which keeps the cue search fast with a long verb list."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(tree)


# A weather service's level or hazard of warning ("issued a yellow warning for the region"): an act
# of the service, not words of a speaker.
_HAZARD_LEVELS = (r"(?:yellow|amber|orange|red|heat|storm|flood|wind|gale|frost|snow|fog|tornado|thunderstorm"
                  r"|hurricane|cyclone|typhoon|tsunami|avalanche|rain|heavy)")
# One match per cue; its group name says which kind of cue it is.
CUE = re.compile(
    r"(?P<according>\b[Aa]ccording\s+to\b)"
    r"|(?P<quoted>\b(?:quoted|quotes|cited|cites|reported)\b(?:\s+(?P<who>[^;:!?\u201c\u201d\"\n]{1,80}?))?"
    r"\s+as\s+(?:saying|telling|stating|writing|warning)\b)"
    r"|(?P<statement>\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:statement|interview|filing|post|letter|speech|briefing|address|blog|message|note"
    r"|report|op-ed|column|article|essay|affidavit|submission|testimony|video|podcast|broadcast"
    r"|tweet|editorial|memo|email|e-mail|notice|bulletin|communiqu\u00e9|communique)\b(?![ \xa0]+office)"
    r"|\b[Ii]n\s+(?:(?:his|her|their|its)\s+)?(?:remarks|comments)"
    r"(?=\s+(?:to|at|on|before)\b))"
    # ... or after the statement that carries it ("X issued a statement saying")
    rf"|(?P<participle>(?:(?<=,[ \xa0])|(?<=statement[ \xa0])|(?<=release[ \xa0])|(?<=notice[ \xa0])"
    rf"|(?<=letter[ \xa0])){_alternation(_PARTICIPLES)}\b)"
    rf"|(?P<verb>\b(?:{_alternation(_VERBS)}|{_FINDING}|{_CALLING}|pointed[ \xa0]+out"
    r"|(?:went|goes)[ \xa0]+on[ \xa0]+to[ \xa0]+(?:say|add|warn|note)"
    # words posted ("The mayor posted on social media late on Tuesday that she was not going anywhere")
    r"|(?:posted|posts)(?=[ \xa0]+(?:on|to)[ \xa0][^.;:\u201c\"]{1,60}?[ \xa0]that[ \xa0])"
    # a defence said ("X defended his officials, insisting"; not "defended her title", a sport's)
    r"|(?:defended|defends)(?![ \xa0]+(?:(?:his|her|their|its|the|a)[ \xa0]+)?(?:[a-z-]+[ \xa0]+)?(?:titles?|crowns?"
    r"|belts?|champion|championship|seats?|goal|net|lead|border|town|city|fort|positions?|champions)\b)"
    # a claim dismissed as something ("X dismissed that account as invented"; not "dismissed the staff")
    r"|(?:dismissed|dismisses)(?=[ \xa0][^.;:\u201c\"]{1,60}?[ \xa0]as[ \xa0])"
    # an offer made in words ("X offered to pay for independent monitors"; not "offered him $5,000")
    # (not "has offered to buy the shelving", an act told in narration, nor "had offered to")
    r"|(?<!has[ \xa0])(?<!have[ \xa0])(?<!had[ \xa0])"
    r"(?:offered|offers)(?=[ \xa0]+to[ \xa0]+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z])"
    r"|points?[ \xa0]+out|(?:hit|hits|fired|fires|shot|shoots)[ \xa0]+back|lashed[ \xa0]+out"
    r"|(?:made|makes)[ \xa0]+(?:it[ \xa0]+)?clear|wondered"
    r"|(?:raised|raises)(?=[ \xa0]+(?:(?:new|fresh|serious|grave)[ \xa0]+)?(?:concerns?|doubts?|questions"
    r"|alarm|fears)\b)|sounded[ \xa0]+(?:the[ \xa0]+alarm|a[ \xa0]+(?:\w+[ \xa0]+)?warning)"
    r"|issued[ \xa0]+(?:a|an)[ \xa0]+(?!" + _HAZARD_LEVELS + r"[ \xa0])(?:\w+[ \xa0]+)?(?:warning|denial|apology"
    r"|ultimatum|rebuttal)"
    # "expressed concern that", "voiced doubts about": a stance spoken, not a feeling had
    r"|(?:expressed|expresses|voiced|voices)(?=[ \xa0]+(?:(?:its|his|her|their|deep|grave|serious"
    r"|strong|cautious)[ \xa0]+)?(?:concerns?|hopes?|regret|confidence|doubts?|optimism|alarm"
    r"|disappointment|frustration|support|opposition|skepticism|scepticism|surprise|dismay)\b)"
    # '"...," she continued.': only where it ends the clause, else "continued to fall"
    r"|continued(?=[ \xa0]*[.,;])"
    r"|puts?[ \xa0]+(?:the|its|their|his|her)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:toll|figure|number|cost|costs"
    r"|damage|losses|loss|total|bill|price|value|tally|arrears|debt|debts|shortfall|deficit|crowd|amount|sum)"
    r"(?:[ \xa0]+of[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?[\w-]+)?[ \xa0]+at"
    # ... or any words before a count or sum ("put the loss to the treasury at about 14 million",
    # "put the dead at two women", "put the refunds paid this year at 212 million")
    r"|puts?[ \xa0]+(?:the|its|their|his|her)[ \xa0]+[^.;,:\u201c\"]{1,60}?[ \xa0]+at(?=[ \xa0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|least|just|over|under|only|more[ \xa0]+than|less[ \xa0]+than"
    r"|fewer[ \xa0]+than|up[ \xa0]+to|between)[ \xa0]+)?(?:[\d\u00a3$\u20ac]|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|a[ \xa0]+(?:dozen|third|quarter|half|fifth)|half|dozens|hundreds|thousands"
    r"|millions)\b))"
    # "Police named the dead as X and Y": an identification, a claim
    r"|named(?=[ \xa0]+(?:them|him|her|the[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:dead|victims?|men|women|man|woman"
    r"|drivers?|pilots?|suspects?|deceased|children|boy|girl|couple|rangers?|climbers?|miners?|crew))[ \xa0]+as\b)"
    # "X pleaded not guilty": a denial in court (not "pleaded guilty", an act)
    r"|(?:pleaded|pleads|pled)[ \xa0]+(?:not[ \xa0]+guilty|innocent))\b)"
    r"|(?P<document_verb>\b(?:lists|listed|shows|showed|show(?=[ \xa0]+that\b|[.,])"
    # ("The directorate's inspection reports, seen by this agency, list the fan controls as", "The inspectorate's
    # annual reports rate", "Figures from the X show the rent rising": after a word for records or an appositive)
    r"|(?:(?<=reports[ \xa0])|(?<=records[ \xa0])|(?<=figures[ \xa0])|(?<=data[ \xa0])|(?<=statistics[ \xa0])"
    r"|(?<=,[ \xa0]))(?:list|rate)(?=[ \xa0]+(?:the|a|an)[ \xa0]|[ \xa0]+\d)"
    r"|rates(?=[ \xa0]+(?:the|a|an)[ \xa0]|[ \xa0]+\d)|rated(?=[ \xa0]+(?:the|a|an|it|them)[ \xa0])"
    r"|show(?=[ \xa0]+(?:the|a|an)[ \xa0]|[ \xa0]+\d)"
    # ("The authority's own figures show the alert reached ...": figures show what follows)
    r"|(?<=figures[ \xa0])show|(?<=data[ \xa0])show|(?<=records[ \xa0])show|(?<=statistics[ \xa0])show)\b)"
)

# Between a subject and its cue: adverbs and "has" are skipped over ("X has also said") ...
_SKIPPED = (
    "also", "further", "later", "then", "again", "previously", "earlier", "repeatedly", "publicly",
    "privately", "separately", "recently", "once", "first", "quickly", "flatly", "strongly",
    "firmly", "officially", "formally", "reportedly", "has", "have", "had", "already",
    "subsequently", "similarly", "today", "yesterday", "himself", "herself", "itself",
    "themselves", "now", "still", "meanwhile", "again", "jointly", "long", "consistently",
    "personally", "openly", "initially", "originally", "frequently", "often", "explicitly",
    "directly", "specifically", "privately", "allegedly", "reportedly", "apparently", "clearly",
    "since", "always",
)
# ... and so are times ("X on Monday demanded", "X last week said").
_TIMES = (
    r"(?:late[ \xa0]+|early[ \xa0]+)?on[ \xa0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|(?:last|this)[ \xa0]+(?:week|month|year)|(?:so|thus)[ \xa0]+far"
    # ("in May", "since March 2036": a month, not the modal "may")
    r"|(?:in|early[ \xa0]+in|late[ \xa0]+in)[ \xa0]+(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:[ \xa0]+\d{4})?"
)
# ... a negation or a modal means the source did not say it ("did not say", "declined to") ...
_STOPS = (
    "not", "never", "to", "did", "do", "does", "would", "will", "could", "can", "may", "might",
    "should", "must", "shall", "declined",
)
# ... and a passive means the subject was told, not telling ("was told", "it is reported").
_PASSIVES = ("was", "were", "is", "are", "be", "been", "being")
BEFORE_CUE = re.compile(
    rf"(?:(?<![\w'\u2019-])(?P<w>{_alternation(tuple(dict.fromkeys((*_SKIPPED, *_STOPS, *_PASSIVES))))}|{_TIMES}"
    r"|\w+n['\u2019]t)\s+)*\Z",
    re.IGNORECASE,
)
STOP_WORDS = frozenset(_STOPS)
PASSIVE_WORDS = frozenset(_PASSIVES)
# A first word after an inverted cue that shows no subject follows ('"...," said on Monday').
NOT_A_SUBJECT = frozenset((
    "on", "in", "at", "that", "to", "by", "with", "after", "before", "during", "from", "as",
    "about", "which", "who", "whom", "and", "but", "or", "its", "their", "his", "her", "our",
    "for", "over", "into", "than", "if", "while", "he", "she", "they", "it", "we", "i",
))

# The nouns of a definite description ("the minister", "the ministry", "the letter"): which
# list a noun is in says which sources it can stand for.
PERSON_NOUNS = (
    "minister", "president", "spokesperson", "spokesman", "spokeswoman", "official", "lawmaker",
    "officer", "member", "source", "aide", "insider", "employee", "person", "rector", "dean", "provost",
    "director", "leader", "chief", "chairman", "chairwoman", "secretary", "ambassador", "envoy",
    "mayor", "governor", "premier", "senator", "general", "commander", "executive", "ceo",
    "prosecutor", "judge", "coach", "economist", "analyst", "negotiator", "diplomat", "lawyer",
    "attorney", "researcher", "scientist", "professor", "activist", "organiser", "organizer",
    "commissioner", "inspector", "chancellor", "founder", "manager", "captain", "referee",
    "chair", "head", "deputy", "congressman", "congresswoman", "legislator", "candidate",
    "striker", "midfielder", "goalkeeper", "defender", "forward", "winger", "player",
    "author", "co-author", "biologist", "doctor", "surgeon", "pilot", "skipper", "agent",
    "speaker", "strategist", "colonel", "lieutenant", "sergeant", "admiral", "detective",
    "engineer", "teacher", "farmer", "nurse", "editor", "principal", "presidency",
)
ORG_NOUNS = (
    "ministry", "chamber", "company", "agency", "union", "confederation", "government", "department", "embassy",
    "delegation", "authority", "council", "committee", "party", "group", "firm", "organization",
    "organisation", "court", "office", "bank", "board", "commission", "administration", "police",
    "army", "military", "institute", "association", "federation", "newspaper", "broadcaster",
    "centre", "center", "club", "inspectorate", "society", "regulator", "watchdog", "league",
    "foundation", "fund", "university", "tribunal", "miner", "lender", "carrier", "airline",
    "operator", "insurer", "retailer", "bureau", "coalition", "alliance", "observatory",
    "manufacturer", "maker", "producer", "developer", "conglomerate", "automaker", "carmaker",
    "chipmaker", "drugmaker", "brewer", "shipper", "utility", "supplier", "exporter", "body",
    "network", "movement", "campaign", "cabinet", "parliament", "assembly", "senate",
    "newspaper", "paper", "daily", "outlet", "station", "channel", "prosecution", "charity",
    "nonprofit", "startup", "start-up", "trust", "exchange", "secretariat", "mission", "bloc", "inquiry",
    "service", "institution", "forum", "team", "panel", "programme", "program", "line", "guard",
    "navy", "laboratory", "lab", "hospital", "port", "academy", "college", "co-operative", "corporation",
    "website", "constabulary",
    "cooperative", "railway", "brigade", "orchestra", "museum", "theatre", "theater", "opera", "ensemble", "choir",
    "shipbuilder", "steelmaker", "refiner", "provider", "publisher", "distributor", "wholesaler", "importer",
    "processor", "contractor", "shipyard", "festival", "syndicate", "label", "chain", "printer", "consultancy",
    "builder", "broker", "directorate", "corps", "division", "municipality", "archive", "archives", "zoo", "clinic",
    "library", "gendarmerie", "governorate", "prefecture", "conservatory", "conservatoire", "diocese", "archdiocese",
    "seminary", "superintendence", "superintendency", "coastguard",
)
DOCUMENT_NOUNS = (
    "letter", "statement", "message", "report", "note", "speech", "address", "remarks",
    "communiqu\u00e9", "communique", "announcement", "filing", "memo", "email", "e-mail", "post",
    "interview", "release", "editorial", "commentary", "cable", "tweet", "decree", "document",
    "indictment", "ruling", "verdict", "study", "survey", "audit", "review", "lawsuit",
    "assessment", "analysis", "bulletin", "judgment", "judgement", "complaint", "petition",
    "submission", "findings", "dossier", "transcript",
    # (plural only: "the figure" may be a person, "a ministry figure said")
    "records", "guidelines", "data",
)
# Words for a person that name no role ("the veteran", "the Briton"): read as "he" or "she".
EPITHETS = (
    "veteran", "teenager", "youngster", "newcomer", "incumbent", "champion", "briton",
    "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman",
    "irishman", "irishwoman", "scotsman", "spaniard", "german", "american", "italian", "russian",
    "dane", "swede", "norwegian", "finn", "pole", "australian", "canadian", "brazilian",
    "argentine", "argentinian", "kenyan", "nigerian", "ethiopian", "mexican", "colombian",
    "belgian", "austrian", "croatian", "serbian", "ukrainian", "turk", "egyptian", "moroccan",
)
_EPITHET_ALT = "|".join(EPITHETS)
EPITHET_WORDS = frozenset(EPITHETS)
_NOUN_ALT = "|".join((*PERSON_NOUNS, *ORG_NOUNS, *DOCUMENT_NOUNS))
_DOC_ALT = "|".join(DOCUMENT_NOUNS)
# A pronoun or description just before a cue ("it said", "the ministry said") ...
REFERENCE_END = re.compile(
    rf"(?<![\w'\u2019-])(?:(?P<pronoun>it|he|she|they)|(?P<ordinal>the\s+(?:former|latter))|(?P<age>the\s+(?:[a-z\d-]+\s+){{0,2}}?(?:\d{{1,3}}-year-old|{_EPITHET_ALT}))|(?:the|this|that)\s+"
    rf"(?:(?!(?:the|this|that)\s)[a-z\d-]+(?:['\u2019]s?)?\s+){{0,2}}?(?P<noun>{_NOUN_ALT})s?)\Z",
    re.IGNORECASE,
)
# "the Harbourline Sentinel newspaper", "the Norvex group": a name and the kind of body it names.
# (only nouns for the kind of body a name is, not for another body of it: "the Norvex union")
NAMED_KIND_END = re.compile(r"[ \xa0]+(?:newspaper|paper|daily|group|company|firm|party|movement|agency|broadcaster"
                            r"|network|channel|conglomerate|bank|lender|carrier|airline|charity|foundation"
                            r"|coalition|alliance|organisation|organization|militia|secretariat|board|management"
                            r"|leadership)\Z")
# "the integrity unit" for "Global Track Integrity Unit": lower-case words after "the" that may
# end an organisation's name (`annotate.attribution_entities.Entities.short_form`).
SHORT_FORM_END = re.compile(r"(?<![\w'\u2019-])[Tt]he[ \xa0]+(?P<words>(?:(?:national|state)[ \xa0]+)?"
                            r"(?:[a-z-]+[ \xa0]+){0,2}[a-z-]+)\Z")
SHORT_FORM_START = re.compile(r"[Tt]he[ \xa0]+(?P<words>(?:(?:national|state)[ \xa0]+)?"
                              r"[a-z-]+(?:[ \xa0]+[a-z-]+){0,2})\b")
# A person named by their relation to someone ("his son", "her predecessor"): the one person
# named before with that word ("his son, Erik Amsel"), if any.
RELATIONS = frozenset(("son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister",
                       "father", "mother", "predecessor", "successor", "client"))
RELATION_END = re.compile(rf"(?<![\w'\u2019-])(?:his|her|their)[ \xa0]+(?P<relation>{'|'.join(sorted(RELATIONS))})\Z",
                          re.IGNORECASE)
# "the bigger of the two companies": one of two organisations named before, by its size.
COMPARED_END = re.compile(
    r"(?<![\w'\u2019-])the[ \xa0]+(?P<size>bigger|larger|smaller)[ \xa0]+of[ \xa0]+the[ \xa0]+two[ \xa0]+[a-z-]+\Z",
    re.IGNORECASE)
SIZES = {"bigger": "big", "larger": "big", "smaller": "small"}
# ... or just after one ("according to the ministry").
REFERENCE_START = re.compile(
    rf"(?:(?P<pronoun>it|he|she|they)|(?P<age>the\s+(?:[a-z\d-]+\s+){{0,2}}?(?:\d{{1,3}}-year-old|{_EPITHET_ALT}))|(?:the|this|that)\s+"
    rf"(?:[a-z-]+(?<=s)['\u2019]\s+|[a-z-]+\s+){{0,2}}?(?P<noun>{_NOUN_ALT})s?)\b",  # ("the drivers' union")
    re.IGNORECASE,
)
# "its chief executive", "her spokesman", "their lawyers' office": unnamed people who speak for
# the one the pronoun stands for.
OWNER_END = re.compile(
    r"(?<![\w'\u2019-])(?P<owner>its|their|his|her)[ \xa0]+(?:[a-z\d-]+[ \xa0]+){0,2}?"
    rf"(?:{_SPOKESPERSON}|(?P<role>executive|chief|head|chairman|chairwoman|chair|director"
    rf"|president|ceo)|executives|representatives?|officials?|office|ministry|management|board|leadership|campaign"
    rf"|{_DOC_ALT}"
    # ... and a body's staff ("its inspectors", "their analysts"; not "his engineers", a head's)
    rf"|(?:(?<=its[ \xa0])|(?<=their[ \xa0])|(?<=its[ \xa0]own[ \xa0])|(?<=their[ \xa0]own[ \xa0])){_STAFF})\Z",
    re.IGNORECASE,
)
# ... the same after "according to" ("according to its spokesman")
OWNER_START = re.compile(OWNER_END.pattern.removesuffix(r"\Z") + r"\b", re.IGNORECASE)
# "the group's chief executive": an unnamed person speaking for the organisation described.
# The roles in it that one person holds, and may have been named with ("the agency's director").
HELD_ROLES = frozenset(("executive", "chief", "head", "chairman", "chairwoman", "chair", "director",
                        "governor", "president", "ceo"))
_OWNED_ROLE = (rf"(?:{_SPOKESPERSON}|executives?|chief|head|chairman|chairwoman|chair|director|governor"
               rf"|president|representatives?|officials?|office|management|managers?|board|leadership|ceo"
               rf"|officers?|commanders?|negotiators?|envoys?|team|delegation|forecasters?|laboratory|lab"
               rf"|supervisors?|superiors|treasurer|coordinators?|controllers?|technicians?"
               rf"|operations[ \xa0]+(?:centre|center)|{_STAFF})")
DESCRIBED_OWNER_END = re.compile(
    r"(?<![\w'\u2019-])(?:the|this)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
    rf"(?P<noun>{'|'.join(ORG_NOUNS)})['\u2019]s[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?{_OWNED_ROLE}\Z",
    re.IGNORECASE,
)
# ... and with any word for a person ("the board's chief investigator", "the agency's
# entomologists", `annotate.attribution_words.is_person_word` on the last word).
DESCRIBED_OWNER_ANY_END = re.compile(
    r"(?<![\w'\u2019-])(?:the|this)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
    rf"(?P<noun>{'|'.join(ORG_NOUNS)})['\u2019]s[ \xa0]+(?:own[ \xa0]+)?(?:[a-z-]+[ \xa0]+){{0,2}}?"
    r"(?P<person>[a-z-]+)\Z",
    re.IGNORECASE,
)
OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# One of a crowd the registry may hold as a generic entry ("a witness" of "witnesses", "a police
# sergeant" of "police", whatever the rank).
GENERIC_ONE = re.compile(
    r"(?<![\w'\u2019-])(?:a|an|one|another)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
    r"(?P<noun>witness|prosecutor|official|police[ \xa0]+(?:officer|commander|sergeant|detective|superintendent"
    r"|investigator|constable|inspector)|policeman|policewoman)\Z"
    # "the Alvessa police chief", "the local police commander": the police of a place
    r"|(?<![\w'\u2019-])the[ \xa0]+(?:(?-i:[A-Z][\w-]+)[ \xa0]+|local[ \xa0]+|regional[ \xa0]+|city[ \xa0]+"
    r"|(?:city|town|district|province|region|county)['\u2019]s[ \xa0]+)?"
    r"(?P<chief>police[ \xa0]+(?:chief|commander|commissioner|spokesman|spokeswoman))\Z"
    # "police officers had told her", "two policemen": the police, however many
    r"|(?<![\w'\u2019-])(?:(?:the|two|three|four|several|some|armed|uniformed)[ \xa0]+)?"
    r"(?P<many>police[ \xa0]+officers|policemen|policewomen)\Z",
    re.IGNORECASE,
)
GENERIC_PLURALS = {"witness": "witnesses", "prosecutor": "prosecutors", "official": "officials",
                   "police officer": "police", "police commander": "police", "policeman": "police",
                   "policewoman": "police", "police chief": "police", "police commissioner": "police",
                   "police spokesman": "police", "police spokeswoman": "police", "police officers": "police",
                   "policemen": "police", "policewomen": "police",
                   **{f"police {rank}": "police" for rank in ("sergeant", "detective", "superintendent",
                                                              "investigator", "constable", "inspector")}}
# Sources unnamed by the way they are described ("people familiar with the matter", "two
# sources close to the talks", "an official with direct knowledge of the plans"): the
# registry's anonymous entry, as if they had asked not to be named.
_UNNAMED_HEAD = (
    r"(?:(?:a|an|one|two|three|four|several|some|other|senior|western|european|foreign"
    r"|government|company|bank|party|industry|security|military)[ \xa0]+){0,3}"
    r"(?:people|persons?|sources?|officials?|insiders?|diplomats?|executives?|officers?|aides?"
    r"|individuals?|bankers?|lawmakers?|members?)[ \xa0]+(?:who[ \xa0]+(?:is|are|was|were)[ \xa0]+)?"
    r"(?:familiar[ \xa0]+with|close[ \xa0]+to|briefed[ \xa0]+(?:on|about)|privy[ \xa0]+to"
    r"|(?:with|who[ \xa0]+(?:has|have|had))[ \xa0]+(?:direct[ \xa0]+|first-hand[ \xa0]+)?knowledge[ \xa0]+of"
    r"|aware[ \xa0]+of|involved[ \xa0]+in|knowledgeable[ \xa0]+about)"
    r"[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,5}?[\w'\u2019-]+"
)
UNNAMED_HINT = re.compile(r"familiar|close|briefed|knowledge|aware|involved|privy", re.IGNORECASE)
UNNAMED_BEFORE = re.compile(rf"(?<![\w'\u2019-]){_UNNAMED_HEAD}\Z", re.IGNORECASE)
# "A source said", "two government sources said": unnamed by the word itself.
UNNAMED_SOURCE_END = re.compile(
    r"(?<![\w'\u2019-])(?:(?:a|an|one|another|two|three|several|some|other)[ \xa0]+)?"
    r"(?:(?:senior|government|diplomatic|security|intelligence|military|industry|western"
    r"|european|official|police|party|banking|trade|judicial)[ \xa0]+){0,2}(?:sources?|insiders?)\Z",
    re.IGNORECASE)
UNNAMED_AFTER = re.compile(rf"{_UNNAMED_HEAD}(?=[ \xa0]*(?:[,.;!?]|\Z|said|says|told))", re.IGNORECASE)
# "The company's filing": the subject is a document, its author the possessor.
DOCUMENT_END = re.compile(rf"['\u2019]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{_DOC_ALT})s?\Z")
# A document and where its author is: "X's letter", "a letter from X", "X issued a statement".
DOCUMENT = re.compile(
    rf"(?P<possessive>['\u2019]s?)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun1>{_DOC_ALT})s?\b"
    rf"|\b(?P<noun2>{_DOC_ALT})s?(?:[ \xa0]+(?:from|by|of)|,[ \xa0]+(?:drawn[ \xa0]+up|written|prepared|compiled"
    r"|authored|carried[ \xa0]+out|conducted)(?:[ \xa0]+for[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,3}?[\w'\u2019-]+)?"
    r"[ \xa0]+by)[ \xa0]+"  # ("the audit, carried out for Y by X,")
    r"|\b(?:issued|released|published|sent|delivered|wrote|signed|filed"
    r"|(?:found|concluded|said|reported|estimated|warned|wrote)[ \xa0]+in)[ \xa0]+(?:an?|the|its|his|her"
    rf"|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun3>{_DOC_ALT})s?\b"
)
# After a cue: at most seven words, up to the first clause punctuation.
WINDOW = re.compile(r"[ \t\xa0]*(?:[^\s,;:!?()\[\]\u2014\u2013\u201c\u201d\"]+[ \t\xa0]*){1,7}")

# Capital letters: Latin with Latin-1, the Latin Extended-A and -B capitals ("Š", "Ł", "Ž") and the
# Latin Extended Additional ones ("Ế", "Ủ" of "BẾN THỦY"), Greek and Cyrillic.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f" + "".join(
    chr(code) for code in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)) if chr(code).isupper())
_NOT_NAME = (
    "The A An This That These Those It Its He His She Her They Their We Our I You In On At By "
    "For From To Of With As But And Or If While When During After Before Since Until According "
    "Both Some All Each Every Many Most No Not However Meanwhile Also Mr Mrs Ms Dr Prof Monday "
    "Several Few Other Others Another Such One Two Three Four Five Six Seven Eight Nine Ten "
    "Dozens Hundreds Thousands Neither Either Any None Nobody Nothing "
    "Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty "
    "Fifty Sixty Seventy Eighty Ninety Hundred Thousand Millions Only More Fewer Almost Nearly About "
    "Around Roughly Half Late Early Later Earlier Last Next Then Overnight Yesterday Today "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December"
).replace(" ", "|")
_TITLES = (
    "President|Prime Minister|Minister|Chancellor|Senator|General|Governor|Secretary|Premier|"
    "Chairman|Director|Ambassador|Mayor|Judge|King|Queen|Prince|Pope|Foreign Minister|"
    # ("Justice Ojima Ekoja", a judge; not "Justice Ministry")
    r"Justice(?=[ \xa0]+[A-Z][\w-]+[ \xa0]+[A-Z])|"
    "Defen[cs]e Minister"
)
# ... a plural possessive inside an organisation's name ends its word ("Brevian Players' Union",
# not "the Lakers' LeBron James")
_MEMBERS_BODY = (r"(?:Union|League|Association|Federation|Council|Party|Club|Alliance|Congress|Front"
                 r"|Movement|Guild|Confederation|Syndicate|Co-operative|Cooperative|Society|Chamber|Fund"
                 r"|Forum|Committee|Trust|Coalition|Organisation|Organization)\b")
_TOKEN = (rf"(?!(?:{_NOT_NAME})\b)[{_UPPER}](?:[\w-]|['\u2019](?!s\b)\w)*"
          rf"(?:(?<=s)['\u2019](?=[ \xa0]+{_MEMBERS_BODY}))?")
# A capitalised name in the text, titles before it left out of the "name" group.
NAME = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:{_TITLES})[ \xa0]+)*(?P<name>{_TOKEN}"
    rf"(?:(?:[ \xa0]+(?:of|the|for|de|del|da|di|du|van|von|der|den|bin|al|el|la|le|te|ter|ten|dos|das|ibn"
    rf"|bint|zu|dei|della|degli))*"
    rf"[ \xa0]+{_TOKEN})*(?:(?<=Ltd)\.|(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.|(?<=Jr)\.)?)"
)
# Capitalised openers that name a crowd, not a source ("Police said").
GENERIC = frozenset((
    "police", "staff", "people", "everyone", "someone", "nobody", "data", "media", "government",
    "military", "army", "security", "management", "leadership", "rescue",
))
# A relative clause that keeps the speaker's name back or speaks of anonymity (its name and a
# word that withholds it in the same clause, not "whose name appeared in the report"; nor a
# name that others did not release, or that a caller did not give: no source's anonymity).
_KEPT_BACK = (r"(?<![\w-])(?:who|whose)[ \xa0]+"
              r"(?![^,;.:\u201c\"]{0,120}?\b(?:released|(?:not|never)[ \xa0]+(?:give|gave|leave|left))\b)"
              # (not a card or a number: "whose owners had not linked them to a national identity number")
              r"(?:(?=[^,;.:\u201c\"]{0,120}?\b(?:names?|identity)\b"
              r"(?![ \xa0]+(?:numbers?|cards?|documents?|papers?)\b))"
              r"(?=[^,;.:\u201c\"]{0,120}?\b(?:not|without|withheld|withholding|withhold|out|neither|nor|kept|keep|omitted"
              r"|omit|unpublished|unprinted|private|secret|confidential|to[ \xa0]+(?:himself|herself|themselves)"
              # ("who asked that his name be held back", "who feared that her name in print would cost her",
              # "who asked that his name be left off", "once assured that no report would carry his name")
              r"|(?:held|hold|holding|left)[ \xa0]+(?:back|off)|in[ \xa0]+print|feared|fearing|fears|no)\b)"
              # ... or that he not be named ("who agreed to talk if he was not identified", "who
              # would only speak without being named")
              r"|(?=[^,;.:\u201c\"]{0,120}?\b(?:(?:not|without|never)[ \xa0]+(?:(?:be|being|been)[ \xa0]+)?"
              r"(?:named|identified)|(?:be|being|been|stay|stays|stayed|remain|remains|remained|left|go|goes|went"
              r"|going)[ \xa0]+"
              r"(?:unnamed|unidentified)"
              r"|if[ \xa0]+(?:(?:he|she|they)[ \xa0]+(?:was|were|is|are)[ \xa0]+)?(?:named|identified)"
              # ... or that nothing identify him ("once assured that nothing would identify him", "only if
              # neither of them was identified")
              r"|(?:nothing|nobody|no[ \xa0]+one)[ \xa0]+(?:would|could|will|should|might)[ \xa0]+(?:identify|name)"
              r"|neither[ \xa0]+of[ \xa0]+them[ \xa0]+(?:was|were|would[ \xa0]+be|be)[ \xa0]+(?:named|identified))\b)"
              r"|(?=[^,;.:\u201c\"]{0,120}?\b(?:anonym(?:ity|ous|ously)|nameless|gave[ \xa0]+no[ \xa0]+name"
              r"|without[ \xa0]+attribution"
              r"|identified[ \xa0]+only[ \xa0]+by)\b))[^,;.:\u201c\"]{1,120}?"
              r"\b(?:names?|identity|anonym(?:ity|ous|ously)|not|without|withheld|withholding|withhold|out|neither|nor"
              r"|kept|keep|omitted"
              r"|omit|unpublished|unprinted|private|secret|confidential|himself|herself|themselves|named|identified"
              r"|unnamed|unidentified|nameless|by|back|print|feared|fearing|fears|identify)")
_NAME_WORDS = (r"(?:anonym(?:ity|ous|ously)|nameless|unnamed|no[ \xa0]+(?:full[ \xa0]+)?names?"
               r"|(?:if|unless|without|not|nobody|print|publish|use|give|withhold|keep|kept|unwilling"
               r"|reluctant)[ \xa0]+"
               r"(?:[\w'\u2019-]+[ \xa0]+){0,3}?(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
               r"|(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,3}?"
               r"(?:printed|published|used|given|withheld|kept|nowhere|appear|appears|appeared|out|back)"
               r"|(?:be|being|been)[ \xa0]+(?:named|identified)"
               r"|identity(?![ \xa0]+(?:cards?|numbers?|apps?|documents?|papers?|theft|checks?|fraud|system)\b))")
_NAME_KEPT_BACK = (r"(?<=,[ \xa0])(?![^,;.:\u201c\"]{0,120}?\b(?:named|identified)[ \xa0]+(?:as|by|after|in)\b)"
                   rf"[^,;.:\u201c\"]{{0,120}}?\b{_NAME_WORDS}(?=[^,;.:\u201c\"]{{0,120}},)")
# A source that asked not to be named ("speaking on condition of anonymity").
ANONYMITY = re.compile(
    r"\b(?:on[ \xa0]+(?:the[ \xa0]+)?condition[ \xa0]+(?:of|that)[ \xa0]+(?:anonymity|(?:they|he|she)\b"
    # (not bail's: "released on condition that they have no contact with")
    r"(?![ \xa0]+(?:have|has|had|pay|report|surrender|keep|return|stay[ \xa0]+away|remain[ \xa0]+in)\b))"
    r"|(?:asked|asking|declined|requested|requesting|refused|wished|wishing)[ \xa0]+not[ \xa0]+to[ \xa0]+be[ \xa0]+"
    r"(?:named|identified|quoted)"
    r"|declined[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|(?:cannot|can['\u2019]t|could[ \xa0]+not|may[ \xa0]+not)[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|speaking[ \xa0]+anonymously|(?:requested|granted|demanded)[ \xa0]+anonymity"
    r"|(?:did|does)[ \xa0]+not[ \xa0]+want[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|(?:did|does|would)[ \xa0]+not[ \xa0]+want[ \xa0]+(?:his|her|their)[ \xa0]+names?[ \xa0]+"
    r"(?:published|used|printed|given|made[ \xa0]+public)"
    r"|asked[ \xa0]+(?:him|her|them|us|me|reporters|journalists)[ \xa0]+not[ \xa0]+to[ \xa0]+(?:use|publish|give|print)"
    r"[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"  # ("who had asked him not to use her name")
    r"|(?:declined|refused)[ \xa0]+to[ \xa0]+give[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|would[ \xa0]+not[ \xa0]+give[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|only[ \xa0]+anonymously|(?:speak|spoke|talk|talked)[ \xa0]+anonymously"
    r"|(?:asked|wished|wanted|requested|preferred|chose)[ \xa0]+to[ \xa0]+(?:remain|stay|go)[ \xa0]+"
    r"(?:anonymous|unnamed)"
    # ("speaking on the promise of anonymity", "who would speak only unnamed")
    r"|on[ \xa0]+(?:the[ \xa0]+)?(?:promise|guarantee|understanding)[ \xa0]+of[ \xa0]+anonymity"
    r"|(?:speak|spoke|talk|talked|speaking|talking)[ \xa0]+only[ \xa0]+(?:unnamed|anonymously)"
    r"|only[ \xa0]+(?:if|on[ \xa0]+condition)[ \xa0]+(?:that[ \xa0]+)?(?:he|she|they)[ \xa0]+"
    r"(?:was|were|is|are|not[ \xa0]+be)[ \xa0]+(?:not[ \xa0]+)?(?:named|identified)"
    r"|insist(?:ed|ing|s)?[ \xa0]+on[ \xa0]+anonymity"
    r"|on[ \xa0]+the[ \xa0]+understanding[ \xa0]+that[ \xa0]+(?:he|she|they)[ \xa0]+(?:would|could)[ \xa0]+not"
    r"[ \xa0]+be[ \xa0]+(?:named|identified|quoted)"
    r"|asked[ \xa0]+that[ \xa0]+(?:his|her|their)[ \xa0]+(?:names?|identity)[ \xa0]+(?:be[ \xa0]+withheld"
    r"|not[ \xa0]+be[ \xa0]+(?:used|published|given|disclosed))"
    r"|not[ \xa0]+(?:authori[sz]ed|allowed|permitted)[ \xa0]+to[ \xa0]+(?:speak|talk|comment"
    r"|discuss|brief|disclose|be[ \xa0]+(?:named|identified|quoted))"
    r"|(?:on|under)[ \xa0]+(?:the[ \xa0]+)?condition[ \xa0]+(?:of[ \xa0]+)?anonymity"
    r"|(?:on|under)[ \xa0]+(?:the[ \xa0]+)?condition[ \xa0]+(?:that[ \xa0]+)?(?:he|she|they|his|her|their)"
    r"[ \xa0]+(?:not|names?|identity|(?:stay|stayed|remain|remained|be|was|were)[ \xa0]+(?:anonymous|unnamed"
    r"|unidentified))"
    # ("on condition that the agency not print his name")
    r"|(?:on|under)[ \xa0]+(?:the[ \xa0]+)?condition[ \xa0]+that[ \xa0]+[^,;.:\u201c\"]{1,40}?[ \xa0]not[ \xa0]+"
    r"(?:print|publish|use|give|reveal)[ \xa0]+(?:his|her|their)[ \xa0]+names?"
    # ("speaking without being named because", "talking without giving her name")
    r"|(?:speaking|talking|spoke|talked|speak|talk)[ \xa0]+(?:only[ \xa0]+)?without[ \xa0]+(?:being[ \xa0]+"
    r"(?:named|identified)|giving[ \xa0]+(?:his|her|their)[ \xa0]+names?)"
    r"|(?:asked|requested|sought|asking|requesting)[ \xa0]+(?:for[ \xa0]+)?anonymity"
    r"|(?:names?|identity|identities)[ \xa0]+(?:be[ \xa0]+)?withheld"
    # ... and a name kept out of print, in its many wordings ("only if her name was kept out of
    # the report", "on the understanding that his name would not appear", "declined to let his
    # name be published", "did not want to give his name", "asked that he not be identified")
    r"|(?:(?:asked|requested|insisted|demanded)[ \xa0]+that[ \xa0]+)?(?:his|her|their)[ \xa0]+names?[ \xa0]+"
    r"(?:(?:be|was|were|is|are|would[ \xa0]+be)[ \xa0]+)?(?:kept|left)[ \xa0]+out"  # (from "asked", no cue)
    r"|(?:his|her|their)[ \xa0]+names?[ \xa0]+(?:would|should|could|did|does|must)?[ \xa0]*not[ \xa0]+"
    r"(?:appear|be[ \xa0]+(?:used|published|printed|given|disclosed|revealed|named))"
    r"|let[ \xa0]+(?:his|her|their)[ \xa0]+names?[ \xa0]+be[ \xa0]+(?:published|used|printed|given)"
    r"|(?:did|does|would)[ \xa0]+not[ \xa0]+want[ \xa0]+to[ \xa0]+(?:give|share|reveal)[ \xa0]+(?:his|her|their)"
    r"[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|asked[ \xa0]+that[ \xa0]+(?:he|she|they)[ \xa0]+not[ \xa0]+be[ \xa0]+(?:named|identified|quoted)"
    # ... and any relative clause that keeps a name back, however worded ("who kept his name to
    # himself", "who would speak only without her name", "who agreed to talk if her name was not
    # printed", "and whose name is withheld at her request") or speaks of anonymity ("who spoke
    # only once he had been promised anonymity"), up to the clause's end
    rf"|{_KEPT_BACK}"
    r"|(?<=,[ \xa0])(?:given|granted|promised)[ \xa0]+anonymity"
    # ("An official, unnamed here because only the governor may comment, said")
    r"|(?<=,[ \xa0])(?:unnamed|unidentified|not[ \xa0]+named)[ \xa0]+(?:here|in[ \xa0]+this[ \xa0]+(?:report|story))"
    # ("who asked the agency to leave her name out", "provided that the agency left him unnamed",
    # "after being assured that neither he nor his district would be identified")
    r"|(?:leave|leaves|left|keep|keeps|kept)[ \xa0]+(?:(?:his|her|their)[ \xa0]+names?[ \xa0]+out"
    r"|out[ \xa0]+(?:his|her|their)[ \xa0]+names?)"
    r"|(?:leave|leaves|left|keep|keeps|kept)[ \xa0]+(?:him|her|them)[ \xa0]+(?:unnamed|unidentified|anonymous)"
    r"|neither[ \xa0]+(?:he|she|they)[ \xa0]+nor[ \xa0]+(?:his|her|their)[ \xa0]+[a-z-]+[ \xa0]+(?:would|could|should"
    r"|was|were|be)[ \xa0]+(?:be[ \xa0]+)?(?:named|identified)"
    # ("speaking without his name being used", "whom the agency agreed not to identify", "on the
    # condition that her identity be protected")
    r"|without[ \xa0]+(?:his|her|their)[ \xa0]+names?[ \xa0]+being[ \xa0]+(?:used|published|given|printed|revealed)"
    r"|(?:agreed|undertook|promised|pledged)[ \xa0]+not[ \xa0]+to[ \xa0]+(?:identify|name)"
    # ("who asked that the agency not identify him", "who wanted neither himself nor his shop
    # identified", "withholding her name because", "refusing to have his name written down", "who
    # asked to be identified only as a cooperative member")
    r"|not[ \xa0]+(?:identify|name)[ \xa0]+(?:him|her|them)\b"
    # ("who asked this agency not to identify her as she ...", not "not to name her successor")
    r"|(?:(?:asked|begged|urged)[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?)?not[ \xa0]+to[ \xa0]+(?:identify|name)"
    r"[ \xa0]+(?:him|her|them)(?=[ \xa0]*[,.;]|[ \xa0]+(?:as|because|since|for|so|or|and|while|until|unless|if"
    r"|by|in)\b)"
    r"|neither[ \xa0]+(?:himself|herself|themselves|him|her|them)[ \xa0]+nor[ \xa0]+[^,;.:\u201c\"]{1,40}?"
    r"(?:named|identified)"
    r"|(?<=,[ \xa0])(?:withholding|keeping[ \xa0]+back)[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|(?:refusing|refused|declining|declined)[ \xa0]+to[ \xa0]+have[ \xa0]+(?:his|her|their)[ \xa0]+names?[ \xa0]+"
    r"(?:written|printed|used|published|taken|noted)"
    r"|(?:asked|agreed|wished|wanted|chose)[ \xa0]+to[ \xa0]+be[ \xa0]+identified[ \xa0]+only[ \xa0]+(?:as|by)\b"
    r"|(?:identity|identities|names?)[ \xa0]+(?:be|would[ \xa0]+be|was|were)[ \xa0]+"
    r"(?:protected|withheld|kept[ \xa0]+secret)"
    r"|on[ \xa0]+background"
    # ("who would be quoted only as a firefighter", "named only as a guard")
    r"|(?:be|being|was|were)[ \xa0]+(?:quoted|named|described|referred[ \xa0]+to)[ \xa0]+only[ \xa0]+as"
    r"[ \xa0]+(?:a|an)\b"
    # ... and the wordings of the hundredth sets' writers ("asking that she not be identified by name",
    # "gave Zelwick Wire no name", "afraid of losing her job if named", "speaking to X Wire without
    # his name", "whom X Wire is not naming", "agreed to leave unnamed", "in return for a promise not
    # to publish his name", "would not let X identify her", "would keep his identity secret",
    # "preferred not to be named in print", "identify him only by his job", "remain nameless")
    r"|asking[ \xa0]+that[ \xa0]+(?:he|she|they)[ \xa0]+not[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|gave[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?no[ \xa0]+names?"
    r"|(?<=,[ \xa0])(?:afraid|fearful|fearing|worried)[^,;.:\u201c\"]{1,60}?[ \xa0]if[ \xa0]+(?:named|identified)"
    r"|if[ \xa0]+(?:his|her|their)[ \xa0]+names?[ \xa0]+(?:appeared|was[ \xa0]+(?:used|published|printed))"
    r"|(?:speaking|talking|spoke|talked)[ \xa0]+(?:to[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?)?without[ \xa0]+"
    r"(?:giving[ \xa0]+)?(?:his|her|their)[ \xa0]+names?"
    r"|without[ \xa0]+giving[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|withheld[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|whom[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?(?:is|was|has|had)[ \xa0]+not[ \xa0]+(?:naming|named|identifying|identified)"
    r"|(?:leave|keep)[ \xa0]+(?:unnamed|unidentified|anonymous)"
    r"|not[ \xa0]+to[ \xa0]+(?:publish|print|use|give|reveal)[ \xa0]+(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?names?"
    r"|not[ \xa0]+let[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?(?:identify|name)[ \xa0]+(?:him|her|them)"
    r"|keep[ \xa0]+(?:his|her|their)[ \xa0]+(?:identity|identities|names?)[ \xa0]+(?:secret|hidden|private)"
    r"|identity[ \xa0]+would[ \xa0]+(?:stay|remain|be[ \xa0]+kept)[ \xa0]+(?:hidden|secret|private)"
    r"|preferred[ \xa0]+not[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|(?:identify|describe)[ \xa0]+(?:him|her|them)[ \xa0]+only[ \xa0]+by"
    # ("as long as nothing he said was put to his name")
    r"|(?:put|tied|linked|attached|pinned)[ \xa0]+to[ \xa0]+(?:his|her|their)[ \xa0]+names?"
    r"|(?:remain|stay)[ \xa0]+nameless"
    # ("described here only by her trade", "and so unnamed here", "unwilling to be named")
    r"|described[ \xa0]+(?:here[ \xa0]+)?only[ \xa0]+by[ \xa0]+(?:his|her|their)[ \xa0]+"
    r"(?:trade|job|title|role|work|rank|post|position)"
    r"|(?:so|therefore|thus)[ \xa0]+(?:unnamed|unidentified|not[ \xa0]+named)[ \xa0]+here"
    r"|unwilling[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified|quoted)"
    # ... and, however else worded, a clause set off by commas that keeps a name back ("anonymous at
    # his own request", "whose identity X Wire is keeping back", "too frightened of the site bosses
    # to be named", "who would give no name", "if her name appears", "kept nameless")
    rf"|{_NAME_KEPT_BACK})\b",
    re.IGNORECASE,
)
# A wire dateline opening a story's first sentence: "LORSK, March 3 (Norpress) - ".
DATELINE = re.compile(
    rf"[ \t\xa0]*[{_UPPER}][{_UPPER}\s.'\u2019-]+"
    rf"(?:,[ \xa0]+[{_UPPER}][\w.'\u2019-]*(?:[ \xa0]+[{_UPPER}][\w.'\u2019-]*)*)*"  # ("Sainte-Ondrelle")
    r",[ \xa0]+\w+[ \xa0]+\d{1,2}(?:[ \xa0]+\([^)\n]{1,60}\))?[ \xa0]+[-\u2013\u2014][ \xa0]+"
)
# Nested speech: "X said Y had told him that ...". Each kind of inner verb is one row of
# _NESTED_KINDS: its verbs; its shape, the text around them (a regex in which "{verbs}"
# stands for their alternation, lookaheads saying what content must follow); who must be
# found before it for the verb to report speech of its own; and whether it reports an act or
# a stance rather than words. NESTED_VERB, built from the table, matches one inner verb, its
# group named by the row's kind (`nested_kind` gives the row back).
# Who must be found before the verb:
# - ANY: nobody needs to be ("X said officials had warned that ...": when the speaker is
#   unnamed, nobody's claim), except for a verb coordinated with an earlier one ("X
#   apologised and insisted that", the outer speaker's words);
# - FOUND: someone ("Y had indicated that"; "the data had suggested that", no speaker found,
#   stays the outer speaker's words);
# - BODY: an organisation or a document, found ("the inquiry had found that").
ANY_SPEAKER, FOUND_SPEAKER, BODY_SPEAKER = "any", "found", "body"


class NestedKind(NamedTuple):
    """One kind of nested reporting verb (a row of the table below)."""

    kind: str  # the regex group's name
    verbs: tuple[str, ...]
    shape: str  # the regex around the verbs, "{verbs}" standing for their alternation
    speaker: str = ANY_SPEAKER  # who must be found before the verb (see above)
    # An act or stance: an inner speaker found but not resolved leaves the claim to the outer
    # speaker ("X said the army had called it ...", no army known: X's claim).
    act: bool = False


# "minutes before her arrest", "shortly after the vote": a span before a phrase of time
_SHORTLY = r"(?:(?:minutes|hours|days|weeks|moments|seconds|shortly|just|soon|only|long|well|back)[ \xa0]+)?"
# "as early as June", "as long ago as 2019", "as far back as 2038": a phrase of time
_AS_EARLY_AS = r"as[ \xa0]+(?:early|late|long[ \xa0]+ago|far[ \xa0]+back)[ \xa0]+as"


def _phrases(prepositions: str, words: int, comma: bool = False, count: int = 2) -> str:
    """Up to ``count`` phrases of time or place after a verb ("in a phone call", "at a meeting
    in May", "on Nov. 20", "minutes before her arrest"), each a preposition and up to words + 1
    words (an abbreviation's dot or a possessive allowed inside), after a comma too if comma."""
    lead = ",?" if comma else ""
    # (a last word like "6.20" in "at 6.20"; never a conjunction: "radioed the ministry in May and that Y had")
    return (rf"(?:{lead}[ \xa0]+{_SHORTLY}(?:{'|'.join(prepositions.split())}|{_AS_EARLY_AS})[ \xa0]+"
            rf"(?:[\w'\u2019-]+\.?[ \xa0]+){{0,{words}}}?(?!(?:and|or|but)\b)[\w-]+(?:[.:]\d+|['\u2019]clock)?)"
            rf"{{0,{count}}}")  # (and "at about 10 o'clock")


_AFTER_HAD = r"(?<=had[ \xa0])"  # only right after "had" (a past perfect: reported as past)
# A time counted back from the story's ("a week earlier", "two days later", "months ago").
_TIME_AGO = (r"(?:[ \xa0]+(?:a|an|one|two|three|four|five|six|several|a[ \xa0]+few|some)[ \xa0]+"
             r"(?:days?|weeks?|months?|years?|hours?)[ \xa0]+(?:earlier|later|before|ago)"
             r"|[ \xa0]+(?:the[ \xa0]+)?(?:next|following|previous)[ \xa0]+(?:day|morning|evening|week|month)"
             r"|[ \xa0]+(?:minutes|hours|days|weeks|months|years|moments)[ \xa0]+(?:earlier|later|before)"
             # ("had instructed him one morning in June to")
             r"|[ \xa0]+(?:(?:early|late)[ \xa0]+)?one[ \xa0]+(?:morning|afternoon|evening|night|day)"
             r"|[ \xa0]+(?:twice|again|repeatedly|once)"  # ("had warned the government twice last week that")
             # ("had advised the board that year to fence it")
             r"|[ \xa0]+(?:that|the[ \xa0]+same)[ \xa0]+(?:year|month|week|day|morning|afternoon|evening|spring|summer"
             r"|autumn|winter)(?![ \xa0]+(?:that|of)\b)"
             r"|[ \xa0]+(?:each|every)[ \xa0]+(?:time|month|week|year|day|morning))?")  # ("had replied each time that")
_ME = r"(?:him|her|them|us|me)"  # a pronoun spoken to
# "that" of a time, not of a clause ("a warning for three districts at 11:40 that morning")
_TIME_WORD = r"[ \xa0]+(?:morning|afternoon|evening|night|day|week|weekend|month|year|time)\b"
_THAT_TIME = rf"(?:[ \xa0]+that{_TIME_WORD})?"
# Phrases of time or duty at either end of a description of staff ("the shift boss on duty on
# Saturday night", "that in March a manager"): no words of who they are.
STAFF_TIME_END = re.compile(rf"(?:[ \xa0]+(?:on[ \xa0]+duty|in[ \xa0]+charge|that{_TIME_WORD}"
                            rf"|(?:{_TIMES})(?:{_TIME_WORD})?))+[ \xa0]*\Z",
                            re.IGNORECASE)  # ("the supervisor in charge that night")
STAFF_TIME_START = re.compile(rf"[ \xa0]*(?:that[ \xa0]+)?(?:(?:{_TIMES})(?:{_TIME_WORD})?,?[ \xa0]+)+"
                              r"(?=(?:an?|the|two|three|several|some)[ \xa0])", re.IGNORECASE)
# Not a noun's word after its determiner or adjective ("a written warning that", "its warning").
_NOT_A_NOUNS_WORDS = "".join(rf"(?<!\b{word}[ \xa0])" for word in ("a", "an", "the", "its", "his", "her", "their",
                                                                  "written", "formal", "final", "first", "earlier"))
# A that-clause, after an addressee and phrases of time or place ("told him in May that").
_THAT_CLAUSE = (r"(?=(?!,)(?:[ \xa0]+[a-z]+ly)?(?:[ \xa0]+(?:to[ \xa0]+)?(?:him|her|them|us|me|it"
                # ("the service's headquarters", "the mayor's chief of staff")
                r"|(?:one[ \xa0]+of[ \xa0]+)?(?:his|her|its|their|the|a|an)[ \xa0]+"  # ("one of the teachers")
                r"(?:[\w-]+(?:['\u2019]s)?[ \xa0]+){0,2}[\w-]+"
                r"|(?:[a-z-]+s?['\u2019]?[ \xa0]+){0,2}[a-z-]+(?:s|men)"  # ("fishermen")
                r"|parliament|congress|cabinet|police|staff"
                r"|[A-Z][\w-]+))?(?:[ \xa0]+(?:[a-z]+ly|twice|again|once|then|back))?(?:[ \xa0]+in[ \xa0]+writing)?"
                # ("had promised the city when it won the contract in 2022 that")
                r"(?:,?[ \xa0]+when[ \xa0]+(?:it|he|she|they|we)[ \xa0]+[a-z]+(?:[ \xa0]+[\w'\u2019-]+){0,3}?"
                r"(?=(?:[ \xa0]+(?:in|on|at|last)[ \xa0]+[\w-]+)?,?[ \xa0]+that\b))?"
                + _TIME_AGO
                # (phrases set off by commas too: "had promised staff in June, at a meeting, that"; not
                # "Koss said, that": no comma right after the verb)
                + _phrases("in on at last during by before after over of with from to through for", 4, comma=True,
                           count=3)
                + _THAT_TIME + r"(?:[ \xa0]+[a-z]+ly)?,?[ \xa0]+that\b(?!" + _TIME_WORD + "))")
# A commitment's content: an infinitive ("Y had promised in May to cut fees", "had agreed to
# the cap"), or, after "promised"/"offered", a thing given to someone ("Y had offered him the
# post").
_COMMITTED = (rf"(?=(?:[ \xa0]+(?:{_ME}|(?:his|her|its|their|the)[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+"
              r"|(?:[a-z-]+[ \xa0]+)?[a-z-]+s))?"  # ("had promised union members in January to hire")
              + _phrases("in on at last during before after by", 2, comma=True) + _THAT_TIME
              + r",?[ \xa0]+to[ \xa0]+[\u201c\"]?[a-z]"  # ('had threatened to "close the paper down"')
              # "had promised him full access": a thing given to someone named by a pronoun
              r"|(?:(?<=promised)|(?<=offered))[ \xa0]+(?:him|her|them|us|me)[ \xa0]+(?:full|free|more|extra|his|her"
              r"|their|its|a|an|the|some|any|every|all|unlimited|immediate|[a-z]+ly)[ \xa0]+[a-z]"
              r"|(?:(?<=promised)|(?<=offered))[ \xa0]+(?:him|her|them|us|me|[a-z-]+s"
              r"|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w-]+"
              r"|(?:[A-Z][\w-]+['\u2019]s|the|its|his|her|their)[ \xa0]+[a-z-]+)"
              + _phrases("in on at last during", 1, count=1) +  # ("promised the hospital in April a second")
              r"[ \xa0]+(?:a|an|the|his|her|its|their|more|extra|further|new|two|three|four|five|six|\d[\d,.]*)\b"
              # ... or a bare thing by a date ("had promised the service delivery by the end of March",
              # "had promised the villages water trucks in September")
              r"|(?<=promised)[ \xa0]+(?:the|its|his|her|their)[ \xa0]+[a-z-]+[ \xa0]+(?:[a-z-]+[ \xa0]+)?"
              r"[a-z-]+[ \xa0]+(?:by|within|before|in)[ \xa0]+(?:the[ \xa0]+end\b|next\b|[A-Z]|\d)"
              # ... or a thing with its terms ("had promised a loan of $3 billion once the rate was freed")
              r"|(?<=promised)[ \xa0]+(?:a|an)[ \xa0]+(?!(?:lot|number|great|range|series|host|couple|few|good)\b)"
              r"(?:[a-z-]+[ \xa0]+)?[a-z-]+[ \xa0]+(?:of|for|to|by|within|before"
              r"|once|if|when|in)\b"
              # "had promised him two seats": a number of things given
              r"|(?:(?<=promised)|(?<=offered))[ \xa0]+(?:him|her|them|us|me)[ \xa0]+(?:\d[\d,.]*|two|three|four|five"
              r"|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)[ \xa0]+[a-z]"
              # "had offered each family 200,000 pounds in 2022 if they dropped the case": an offer on
              # terms, put in words
              r"|(?<=offered)[ \xa0][^.;:\u201c\"]{1,80}?[ \xa0](?:if|on[ \xa0]+(?:the[ \xa0]+)?condition|provided"
              r"|in[ \xa0]+(?:return|exchange)[ \xa0]+for)\b"
              # ... or a price for a thing ("had offered a healer in his village $2,000 for the shrubs")
              r"|(?<=offered)[ \xa0](?:[^.;:\u201c\"$\d]{1,50}?[ \xa0])?(?<!of[ \xa0])[$\u20ac\u00a3]\d[\d,.]*"
              r"(?:[ \xa0]+(?:million|billion))?[ \xa0]+(?:[a-z-]+[ \xa0]+){0,3}?for\b"
              # ... or to do something ("had offered him $5,000 to show him", "had offered village boys $50 a
              # fish to show them the way"), or large sums for a thing ("had offered the ministry large sums for")
              r"|(?<=offered)[ \xa0](?:[^.;:\u201c\"$\d]{1,50}?[ \xa0])?(?<!of[ \xa0])[$\u20ac\u00a3]\d[\d,.]*"
              r"(?:[ \xa0]+(?:million|billion))?(?:[ \xa0]+(?:a|an|each|per)[ \xa0]+[a-z-]+)?"
              r"(?:[ \xa0]+(?:last|this|that|next)[ \xa0]+[a-z]+|[ \xa0]+in[ \xa0]+(?:[A-Z][a-z]+|\d{4}))?"
              r"[ \xa0]+to[ \xa0]+[a-z]"
              r"|(?<=offered)[ \xa0](?:[^.;:\u201c\"$\d]{1,50}?[ \xa0])?(?:large|big|huge|vast|generous)[ \xa0]+sums"
              r"[ \xa0]+(?:of[ \xa0]+money[ \xa0]+)?for\b"
              # ... a sum to each one promised or offered ("had promised each registered fisher 4,500
              # shillings a month", "had offered 300 families 2 million rupiah each to sign")
              # ... or a thing to each ("had promised every registered diver a monthly allowance")
              r"|(?:(?<=promised)|(?<=offered))[ \xa0]+(?:each|every)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+[ \xa0]+"
              r"(?:a|an|the|his|her|their)[ \xa0]+[a-z]"
              r"|(?:(?<=promised)|(?<=offered))[ \xa0]+(?:each|every|all|the|\d[\d,.]*)[ \xa0]+"
              r"(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+[ \xa0]+(?:about[ \xa0]+|up[ \xa0]+to[ \xa0]+)?\d)")
# Whom a directive or a request is made to ("him", "Ortiz", "the squad", "her ministry").
_ADDRESSEE = (r"[ \xa0]+(?:him|her|them|us|me|it|(?:[a-z-]+[ \xa0]+)?(?:staff|personnel)|everyone|everybody"
             r"|[A-Z][\w-]+(?:[ \xa0]+[A-Z][\w-]+){0,2}"
             r"|(?:his|her|its|their|the|both|all)[ \xa0]+(?:[\w-]+[ \xa0]+)?[\w-]+"
             r"|(?:[a-z-]+[ \xa0]+)?(?:[a-z-]+s|[a-z]*(?:men|people|children|folk))(?![\w-]))")  # ("fishermen")
# A directive's content: what the addressee is to do ("Y had urged the squad on Monday to
# stay"), not an act ("Y had ordered a recount").
_DIRECTED = (r"(?=(?:" + _ADDRESSEE + r"|[ \xa0]+[A-Z][\w-]+(?:[ \xa0]+[A-Z][\w-]+){1,3})" + _TIME_AGO
             + _phrases("in on at last during before after over by within along across of", 4)
             + r"[ \xa0]+(?:(?:not[ \xa0]+|never[ \xa0]+)?to[ \xa0]+[\u201c\"]?[a-z]"
             + r"|(?:not|never)[ \xa0]+to(?=[.;,]|\Z)))")  # ("had asked him not to.")
# A request's content: what the addressee is asked for ("Y had asked her for helicopters").
_REQUESTED = (r"(?=(?:" + _ADDRESSEE + ")?" + _phrases("in on at last during before after over by of", 2)
              + r"[ \xa0]+for[ \xa0]+[a-z\d])")
# After "had", a clause without "that" whose subject a modal follows ("Y had indicated it would
# bid", "Y had said the data would be out").
_BARE_CLAUSE = (r"(?=[ \xa0]+(?:it|he|she|they|(?:the|its|his|her|their)(?:[ \xa0]+[a-z-]+){1,3})"
                r"[ \xa0]+(?:would|could|might|will|should)\b)")
_UP = r"(?:[ \xa0]+(?:up|down|back|out|across))?"  # a particle after a verb of calling out ("shouted up to her")
_ADVERB = r"(?:(?:[a-z]+ly|himself|herself|themselves|itself|also|again|even|already|first)[ \xa0]+)?"

def _pledged(nouns: str) -> str:
    """The shape of a pledge made in words after "had" ("Y had given him a firm assurance",
    "had repeated that promise"): the verb, to whom, then one of ``nouns`` (an alternation)."""
    return (_AFTER_HAD + r"(?:(?:also|again|[a-z]+ly)[ \xa0]+)?{verbs}"
            # (to whom: "him", "the city", "her ministry", "tenants", "Ortiz")
            rf"(?=(?:[ \xa0]+(?:{_ME}|(?:the|his|her|its|their)[ \xa0]+(?!(?:no|any|every|such)\b)[a-z-]+|[a-z-]+s"
            r"|[A-Z][\w-]+))?"
            r"(?:[ \xa0]+[\u201c\"]?(?:that|this|the|a|an|his|her|its|their))?"
            r"(?:[ \xa0]+(?:formal|firm|personal|written|private|repeated|public))?"
            rf"[ \xa0]+(?:{nouns})s?\b)")


_NESTED_KINDS = (
    # "X said he had been told by Y", "had heard from Y": the speaker after "by" (the agent)
    NestedKind("passive", ("told", "informed", "assured", "reassured", "briefed", "promised", "warned",
                           "advised", "instructed", "alerted",
                           # ("had been given an assurance by Y", "was given a written promise by Y")
                           r"given(?:[ \xa0]+(?:a|an|the|written|firm|personal|formal|clear|explicit))*[ \xa0]+"
                           r"(?:assurances?|promises?|guarantees?|undertakings?|warnings?|word)"),
               r"(?:(?:had|has|have)[ \xa0]+been|was|were)[ \xa0]+{verbs}"
               r"(?:[ \xa0]+(?:much[ \xa0]+)?(?:the[ \xa0]+same|much|this|that|as[ \xa0]+much)"
               r"(?:[ \xa0]+(?:thing|story|message))?)?"
               + _phrases("in on at last during", 1) +  # ("had been told in 2023 by")
               r"[ \xa0]+by"
               # (not "had been told by radio to slow down": how, no one who told them)
               r"(?![ \xa0]+(?:radio|phone|telephone|letter|e-?mail|text|post|fax|mail|loudspeaker|megaphone)"
               r"(?:[ \xa0]+(?:to|that|about|on|in|at|from|after|before|within|during|the|last|early|late)\b|[,.;]))"
               # ... with what was said after the agent ("told by Y that", "by Y to wait", or
               # the thing told before it), not only when ("told by Y an hour before")
               r"(?:(?=(?:[^.;:!?\u201c\"]|(?<=Jan|Feb|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.){1,160}?"
               r"\b(?:that|to[ \xa0]+[a-z]+|would|could|will|had|was|were)\b)"
               r"|(?<=same[ \xa0]by)|(?<=thing[ \xa0]by)|(?<=much[ \xa0]by)|(?<=this[ \xa0]by)|(?<=that[ \xa0]by))"
               rf"|{_AFTER_HAD}heard[ \xa0]+from"),
    # "Y had told him that": then its object (NESTED_OBJECT)
    NestedKind("object", ("told", "tells", "assured", "assures", "reassured", "informed", "informs",
                          "briefed"), "{verbs}"),
    # "Y had let her know that": words passed on (not after a modal: "she would let them know")
    NestedKind("let_know", ("let",), r"(?<=[a-z][ \xa0])(?<!would[ \xa0])(?<!could[ \xa0])(?<!will[ \xa0])"
               r"(?<!to[ \xa0])(?<!should[ \xa0])(?<!might[ \xa0])(?<!must[ \xa0])(?<!can[ \xa0])(?<!may[ \xa0])"
               r"{verbs}[ \xa0]+(?:him|her|them|us|me)[ \xa0]+know(?=[ \xa0]+"
               r"(?:that|on|in|by|last|early|late)\b)"),
    # "Y had warned (the union at a meeting in May) that": a verb before a clause
    NestedKind("clause", ("said", "warned", "promised", "admitted", "confirmed", "stated", "claimed",
                          "insisted", "conceded", "acknowledged", "pledged", "vowed", "predicted",
                          "argued", "estimated", "stressed", "explained", "complained", "revealed",
                          "disclosed", "denied", "boasted", "confided", "cautioned", "alleged",
                          "asserted", "declared", "maintained", "reiterated", "mentioned", "remarked",
                          "bragged", "advised", "replied", "responded", "answered", "retorted", "countered",
                          "testified", "guaranteed", "certified", "alerted", "notified"), "{verbs}" + _THAT_CLAUSE),
    # ... and an answer given by saying something ("Y had answered every letter by saying the budget
    # did not allow", "had answered every complaint by telling drivers that")
    NestedKind("answered_by", ("answered", "replied", "responded"),
               r"{verbs}(?=(?:[ \xa0]+to)?[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,8}?by[ \xa0]+"
               r"(?:saying|telling|writing|promising|warning|insisting)\b)"),
    # ... and a letter's or a message's claim ("Y had written back that", "wrote to the ministry
    # at the time that", "had radioed the tower that")
    NestedKind("written", ("written", "wrote", "writes", "radioed", "messaged", "emailed", "texted", "cabled"),
               _NOT_A_NOUNS_WORDS + r"{verbs}(?:[ \xa0]+back)?" + _THAT_CLAUSE),  # (not "in a written reply that")
    # ... and an assurance or promise given in words ("Y had given the ministry a written assurance
    # in 2024 that", "gave the association an assurance in October that", "had given her a written
    # promise in August: every rial would be paid")
    NestedKind("assurance", ("gave", "given"),
               r"{verbs}(?=[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,3}?(?:a|an)[ \xa0]+"
               # ("a written assurance", "a telephone assurance")
               r"(?:(?:written|formal|firm|personal|clear|telephone|verbal|private|public|fresh|new)[ \xa0]+)?"
               r"(?:assurance|promise|undertaking|guarantee|pledge)\b[^.;:\u201c\"]{0,60}?(?:[ \xa0]that\b|:))"),
    # ... and one that takes no addressee ("Y had privately accepted in January that"; not "had
    # accepted a pay freeze on the understanding that")
    NestedKind("conceded", ("accepted",), r"{verbs}(?=(?:[ \xa0]+[a-z]+ly)?"
               + _phrases("in on at last during by before after over", 4) + r"[ \xa0]+that\b)"),
    # ... or a claim already reported, taken up again ("Y had conceded as much to him", "had
    # told him as much")
    NestedKind("as_much", ("conceded", "admitted", "acknowledged", "confirmed", "told", "said", "agreed"),
               rf"{{verbs}}(?=(?:[ \xa0]+{_ME})?[ \xa0]+as[ \xa0]+much\b)"),
    # ... of verbs that report speech only with a speaker ("Y had indicated that"), not with a
    # thing ("the figures had suggested that")
    NestedKind("weak_clause", ("indicated", "signalled", "signaled", "suggested", "hinted", "announced",
                               "reported", "noted", "agreed", "recommended"), "{verbs}" + _THAT_CLAUSE, FOUND_SPEAKER),
    # ... and a finding, speech only of a body ("the inquiry had found that"; a person who "had
    # found that the gates were open" discovered it)
    NestedKind("finding", ("found", "concluded", "ruled"), "{verbs}" + _THAT_CLAUSE, BODY_SPEAKER),
    # ... and what a body's tests or report found, as a thing ("tests by the institute had found
    # saxitoxin", "a 2016 report by the ministry had already found lead"; only after a document
    # "by" a body: `annotate.attribution._DOCUMENT_BY`)
    NestedKind("test_finding", ("found", "detected", "showed", "shown", "revealed", "confirmed", "counted"),
               _AFTER_HAD + _ADVERB + r"{verbs}(?=[ \xa0]+(?!that\b)[\w\u201c\"])", BODY_SPEAKER),
    # ... and what a body's study found, told in the simple past ("a study published by the institute in
    # 2039 showed fewer than one in ten", "a count carried out by the institute last year showed that"; only
    # after a document "by" a body: `annotate.attribution._DOCUMENT_BY`)
    NestedKind("document_finding", ("found", "showed", "revealed", "detected"),
               r"(?<=[\w][ \xa0])(?<!had[ \xa0])(?<!and[ \xa0]){verbs}(?=[ \xa0]+[\w\u201c\"])"
               r"(?![ \xa0]+(?:its|their|his|her)[ \xa0]+way\b|[ \xa0]+up\b)", BODY_SPEAKER),  # (not "found its way")
    # ... and what a body's study "had shown that" (only after a document "by" a body or the body's own; not
    # "the council had shown that it could not be trusted")
    NestedKind("document_shown", ("shown",), r"(?<=had[ \xa0]){verbs}(?=[ \xa0]+that\b)", BODY_SPEAKER),
    # ... and what a body named as the subject found, confirmed or recommended, as a thing ("the X
    # Institute had recommended covered tanks", "the bureau had confirmed the district's figures"; only
    # a registered organisation named or referred to: `annotate.attribution._Article._body_finding`)
    NestedKind("body_finding", ("found", "recommended", "confirmed"),
               _AFTER_HAD + _ADVERB + r"{verbs}(?=[ \xa0]+(?!that\b)[\w\u201c\"])", BODY_SPEAKER),
    # ... and what a body found when it looked, joined to the looking ("the institute had weighed the
    # stone three times and found the same figure", "engineers from the college had examined the axle
    # and found it sound"): the body's finding, as a thing
    NestedKind("joined_finding", ("found",),
               r"(?<=and[ \xa0])(?:had[ \xa0]+)?{verbs}(?=[ \xa0]+(?!that\b)[\w\u201c\"])", BODY_SPEAKER),
    # A forecast of a thing ("the weather institute had forecast a light breeze"), words of whoever made it
    NestedKind("forecast", ("forecast", "predicted"),
               _AFTER_HAD + _ADVERB + r"{verbs}(?=[ \xa0]+(?:a|an|no|more|less|heavy|light|strong|\d)\b)",
               FOUND_SPEAKER),
    # A body's answer or reply as a thing said ("the ministry's answer had been that", "the
    # office's reply on Friday was that"): the possessor's words
    NestedKind("answer", ("answer", "reply", "response"),
               r"['\u2019]s[ \xa0]+{verbs}(?=" + _phrases("in on at last during", 2)
               + r"[ \xa0]+(?:had[ \xa0]+been|was|is|came[ \xa0]+back)[ \xa0]+that\b)", FOUND_SPEAKER),
    # "Y had warned her the fund could not cover it": a clause without "that" after whom
    # the verb is spoken to
    NestedKind("told_bare", ("warned", "assured", "promised", "reassured", "reminded"),
               # ("had promised Charlotin he would be released")
               rf"{{verbs}}(?=[ \xa0]+(?:{_ME}|[A-Z][\w'\u2019-]+)" + _BARE_CLAUSE[3:]),
    # ... and a clause in the past after the one told ("had promised her it was made from plants",
    # "had sworn they were new"), words rather than a commitment to do something
    NestedKind("told_past", ("assured", "promised", "reassured", "sworn", "swore"),
               rf"{{verbs}}(?=(?:[ \xa0]+{_ME})?[ \xa0]+(?:it|they|he|she|this|these)"
               r"[ \xa0]+(?:was|were|had|is|are)\b)"),
    # "Y had admitted taking bribes", "had confessed to paying": a deed owned up to
    NestedKind("owned", ("admitted", "acknowledged", "confessed", "denied"),
               r"{verbs}(?=(?:[ \xa0]+to)?[ \xa0]+(?!(?:no|some|any|every)thing\b)[a-z]+ing\b"
               # ... or a fault owned up to someone ("had admitted the mistake to him")
               r"|[ \xa0]+(?:the|a|an|its|his|her|their)[ \xa0]+(?:mistake|error|fault|failure|failings?|problem"
               r"|blunder|oversight|lapse)s?[ \xa0]+to[ \xa0]+(?:him|her|them|us|me|the|[A-Z]))"),
    # "Y (had) denied every charge": a denial of what one is accused of (not "rejected the
    # charges", which a judge may do)
    NestedKind("denial", ("denied", "denies"),
               r"{verbs}(?=[ \xa0]+(?:(?:all|any|every|each|the|these|those|both|such|his|her|its|their)[ \xa0]+)?"
               r"(?:[a-z-]+[ \xa0]+)?(?:charges?|accusations?|allegations?|wrongdoing|involvement|guilt)\b"
               r"|[ \xa0]+everything\b)"),  # ("had denied everything when questioned")
    # A document sent or given with words in it ("Y had sent the ministry a report in August
    # warning that", "had given the centre a certificate stating that")
    NestedKind("sent", ("sent", "given", "handed", "signed"),
               _AFTER_HAD + r"{verbs}(?=(?:[ \xa0]+(?:him|her|them|us|me|(?:the|its|his|her|their)[ \xa0]+"
               r"(?:[a-z-]+[ \xa0]+)?[a-z-]+|[A-Z][\w'\u2019-]+(?:[ \xa0]+[A-Z][\w'\u2019-]+)*|[a-z-]+s))?"
               r"[ \xa0]+(?:a|an)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:report|letter|certificate|warning|message|notice"
               r"|memo|email|statement|note|document)s?\b[^.;:\u201c\"]{0,80}?"
               r"\b(?:warning|stating|saying|telling|confirming|that)\b)", FOUND_SPEAKER, act=True),
    # An assurance given in words ("Y had given him an assurance on Tuesday that")
    NestedKind("gave_word", ("given",),
               _AFTER_HAD + r"{verbs}(?=[ \xa0]+(?:him|her|them|us|me|it|(?:the|its|his|her|their)[ \xa0]+"
               r"(?:[a-z-]+[ \xa0]+)?[a-z-]+|[A-Z][\w'\u2019-]+)[ \xa0]+"
               r"(?:(?:a|an|the|written|firm|personal|formal|clear|explicit|verbal)[ \xa0]+)+"
               r"(?:assurances?|promises?|guarantees?|undertakings?|warnings?)\b[^.;:\u201c\"]{0,60}?\bthat\b)",
               FOUND_SPEAKER),
    # Word sent ("the family had sent word through an elder that they would not accept a truce")
    NestedKind("sent_word", ("sent",), _AFTER_HAD + r"{verbs}(?=[ \xa0]+word\b[^.;:\u201c\"]{0,60}?[ \xa0]that\b)"),
    # Words said over and over ("the man had kept repeating that he wanted to")
    NestedKind("repeated", (r"kept[ \xa0]+(?:repeating|saying|insisting|shouting)",), "{verbs}" + _THAT_CLAUSE),
    # "Y had warned (the council) of the risk": a warning of a thing
    NestedKind("warning", ("warned", "cautioned", "alerted"),
               r"{verbs}(?=(?:" + _ADDRESSEE + r")?" + _phrases("in on at last during before after", 2)
               + r"[ \xa0]+(?:of|about|against)[ \xa0])"),
    # ... and advice against a thing ("Y had advised the trust against any contact")
    NestedKind("advised_against", ("advised", "counselled", "counseled"),
               r"{verbs}(?=(?:" + _ADDRESSEE + r")?" + _phrases("in on at last during before after", 2)
               + r"[ \xa0]+against[ \xa0])"),
    # "recalled Y telling parliament last year that": a speaker's words as a gerund's
    NestedKind("gerund", ("telling", "warning", "assuring", "saying", "promising"),
               r"(?<![,\u201c\"][ \xa0])(?<!as[ \xa0])(?<!ed[ \xa0])" + _NOT_A_NOUNS_WORDS + "{verbs}" + _THAT_CLAUSE),
    NestedKind("bare", ("said", "indicated", "signalled", "signaled", "hinted", "suggested", "warned",
                        "insisted", "confirmed", "promised", "predicted"),
               _AFTER_HAD + "{verbs}" + _BARE_CLAUSE, FOUND_SPEAKER),
    # A commitment (a commissive: promise, pledge, vow, offer, threat) ...
    NestedKind("promise", ("promised", "pledged", "vowed", "offered", "threatened", "undertaken", "undertook"),
               "{verbs}" + _COMMITTED, act=True),
    # ... and an agreement, a commitment only when someone agrees
    NestedKind("agreement", ("agreed",), "{verbs}" + _COMMITTED, FOUND_SPEAKER, act=True),
    # A directive that is speech even from an organisation ("the agency had urged farmers to")
    NestedKind("advice", ("urged", "begged", "implored", "advised", "warned", "cautioned",
                          "radioed"),  # ("had radioed the fleet to keep racing")
               "{verbs}" + _DIRECTED),
    # ... a request for a thing ("Y had asked her for helicopters", "the insurer had asked for
    # cameras"; tried before a directive: "had asked his office last year for money to replace
    # it"): found so that it is not read as the outer verb's object, but an act the outer speaker
    # reports (`annotate.attribution._Article._inner`; bench/ATTRIBUTION_GUIDE.md)
    NestedKind("request", ("asked", "requested"), "{verbs}" + _REQUESTED, FOUND_SPEAKER),
    # ... and a directive that is speech only from someone found, a person or an organisation ("Y had
    # instructed him to pay", "the agency had asked the bank to hold a buffer": its request)
    NestedKind("order", ("instructed", "asked", "directed", "pressed", "encouraged"),
               "{verbs}" + _DIRECTED, FOUND_SPEAKER),
    # A belief reported of a named holder ("X said the governor believed the rate would rise";
    # belief cues are attribution cues in PARC 3.0)
    NestedKind("belief", ("believed", "thought"),
               r"{verbs}(?=[ \xa0]+(?:that\b|(?:it|he|she|they|(?:the|its|his|her|their|a|an)"
               r"(?:[ \xa0]+[a-z-]+){1,3})[ \xa0]+(?:would|could|might|will|should|had|has|was|were|is|are)\b))",
               FOUND_SPEAKER),
    # Words called out or passed on ("Y had shouted to the crew that", "had radioed the port that")
    NestedKind("shout", ("shouted", "yelled", "screamed", "whispered", "radioed", "messaged", "texted",
                         "emailed", "cabled"), "{verbs}" + _UP + _THAT_CLAUSE, FOUND_SPEAKER),
    # A report made ("the captain had reported a fault in the cooling system")
    NestedKind("report", ("reported",), _AFTER_HAD + r"{verbs}(?=[ \xa0]+(?:a|an|that)\b)", FOUND_SPEAKER),
    # Words addressed to someone before "that" ("Y had sworn to the squad in a meeting that")
    NestedKind("addressed", ("sworn", "swore", "vowed", "pledged", "promised", "assured", "reassured", "reminded",
                             "confided", "boasted", "complained", "admitted",
                             "conceded", "insisted", "explained", "revealed", "disclosed", "stressed", "confirmed",
                             "mentioned", "acknowledged"), "{verbs}" + _THAT_CLAUSE, FOUND_SPEAKER),
    # A description quoted as someone's words ('Y had described the film to her as "brave"', 'had certified
    # the lease in writing as "complete"')
    NestedKind("describing", ("described", "certified", "characterised", "characterized"),
               _AFTER_HAD + r"{verbs}(?=[^.;:\u201c\u201d\"]{1,80}?[ \xa0]as[ \xa0]+[\u201c\"])", FOUND_SPEAKER),
    # ... or an order shouted at or to people ("a neighbour had shouted at everyone to get away"),
    # nobody's words when the one who shouted is unnamed
    NestedKind("shouted_order", ("shouted", "yelled", "screamed"),
               r"{verbs}(?=" + _UP + r"[ \xa0]+(?:at|to)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,6}?to[ \xa0]+[a-z])"),
    # A contact made to say something ("Y had telephoned her in May to say that")
    NestedKind("contact", ("telephoned", "phoned", "rang", "rung", "called", "emailed", "texted", "contacted",
                           "written", "wrote", "radioed", "messaged", "cabled", "wired"),
               # (not an adjective after an article: "a written warning that")
               _NOT_A_NOUNS_WORDS + rf"{{verbs}}(?=(?:[ \xa0]+(?:{_ME}|(?:the|its|his|her|their)[ \xa0]+"
               r"(?:[a-z-]+[ \xa0]+)?[a-z-]+))?(?:[ \xa0]+(?:early|late|again|back))?" + _TIME_AGO
               + _phrases("to in on at last during before after over from of", 2, count=3)
               + r",?[ \xa0]+(?:to[ \xa0]+(?:say|tell|warn|ask|complain|insist|demand|confirm|report|offer|promise"
               r"|apologise|apologize|deny)"
               r"|and[ \xa0]+(?:asked|told|warned|urged|said|demanded|insisted)"
               r"|warning|saying|demanding|asking|urging|complaining|insisting|promising|cautioning|advising"
               r"|threatening|accusing|alleging|claiming|offering|proposing|requesting|pleading)\b)"),
    # After "had", a speech act whose content is no clause ("Y had congratulated the board",
    # "Y's board had initially demanded 70 percent") ...
    NestedKind("act", ("accused", "praised", "criticised", "criticized", "blamed", "thanked",
                       "congratulated", "condemned"),
               _AFTER_HAD + _ADVERB + "{verbs}", FOUND_SPEAKER, act=True),
    # ... a claim of absence ("Y had reported no problems", not "Y had reported the breach")
    NestedKind("absence", ("reported",), _AFTER_HAD + _ADVERB + r"{verbs}(?=[ \xa0]+(?:no|nothing)\b)",
               FOUND_SPEAKER, act=True),
    # ... or a speech act named by its object ("Y had repeated that promise", "Y had given her
    # his word that", "Y had lodged a protest with the mission")
    # ... a demand, words of their own ("the attackers had demanded a payment": theirs, nobody's
    # when they are unnamed)
    NestedKind("demand", ("demanded",), _AFTER_HAD + _ADVERB + "{verbs}"),
    # ... or a promise stressed as the inner speaker's own ("Y had herself promised delegates
    # free travel")
    NestedKind("own_promise", ("promised", "offered", "pledged"),
               "(?:" + "|".join(rf"(?<=had[ \xa0]{word}[ \xa0])" for word in ("himself", "herself", "themselves",
                                                                          "itself", "personally"))
               + "){verbs}"),
    NestedKind("pledge", ("repeated", "reiterated", "renewed", "made", "given"),
               _pledged("promise|pledge|assurance|warning|threat|offer|guarantee|word|protest|complaint"
                        "|objection|instruction"),  # ("had given that instruction by radio")
               FOUND_SPEAKER, act=True),
    # ... and a protest or objection lodged (but "had filed a complaint" is an act the outer
    # speaker reports)
    NestedKind("lodged", ("lodged", "filed"), _pledged("protest|objection"), FOUND_SPEAKER, act=True),
    # A naming that quotes its words ('Y had called the deal "fair"')
    NestedKind("calling", ("called",),
               r"{verbs}(?=[ \xa0]+(?:it|this|that|(?:the|his|her|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?[\w-]+)"
               r"[ \xa0]+[\u201c\"])", FOUND_SPEAKER, act=True),
    # A stance argued for or against something ("Y had argued against the law")
    NestedKind("stance", ("argued",), r"{verbs}(?=" + _phrases("in on at during before after", 2)
               + r"[ \xa0]+(?:against|for(?![ \xa0]+(?:hours|days|weeks|months|years|a[ \xa0]+while)\b))\b)",
               FOUND_SPEAKER, act=True),
)
NESTED_KINDS = {row.kind: row for row in _NESTED_KINDS}
NESTED_VERB = re.compile(r"\b(?:" + "|".join(
    f"(?P<{row.kind}>" + row.shape.replace("{verbs}", "(?:" + "|".join(row.verbs) + ")") + ")"
    for row in _NESTED_KINDS) + r")\b")


def nested_kind(cue: re.Match[str]) -> NestedKind:
    """The row of the table above that a NESTED_VERB match is of."""
    return NESTED_KINDS[cue.lastgroup or ""]


# Whom an "object" verb tells ("had told him", "had briefed investigators in May that").
NESTED_OBJECT = re.compile(
    r"[ \xa0]+(?:him|her|them|it|us|me|investigators|officials|reporters|police|prosecutors"
    r"|parliament|lawmakers|journalists|colleagues|staff|members|congress|[A-Z]\w+"
    r"|everyone|everybody|people"  # ("had told everyone to get out")
    # "(union) leaders in May", "investors at a dinner that", "crews not to" (a directive)
    r"|(?:[a-z-]+(?:s?['\u2019]|['\u2019]s)?[ \xa0]+){0,2}(?:[a-z-]+s|[a-z-]+men|staff|personnel)"
    r"(?=[ \xa0]+(?:in|on|at|as|over|by|via|from|last|late|early|during|before|after|when|that|not|never|to|he|she|only"
    r"|who"  # ("had told villagers who came to ask for it that")
    r"|there|beforehand|afterwards|earlier|later|already|then"  # ("had told members beforehand that")
    r"|they|it|we|[a-z]+ly[ \xa0]+that|twice|again|repeatedly|days|weeks|months|years|hours|minutes|moments"
    # ("farmers gathered in a hotel in March that")
    r"|[a-z]+ed[ \xa0]+(?:in|at|on|outside|near|from|for|by))\b"
    # "told officers the men had spent", "told doctors the foam smelled": a clause without "that"
    r"|[ \xa0]+(?:the|a|an|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+[ \xa0]+"
    r"(?:had|has|have|was|were|would|could|will|is|are|might|may|must|should|can|[a-z]{3,}ed)\b"
    # ... or whose verb is quoted ('told hunters the ban “stops at the reef”')
    r"|[ \xa0]+(?:the|a|an|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+[ \xa0]+[\u201c\"][a-z])"
    r"|(?:its|his|her|their|the|a|an|one)[ \xa0]+\w+"  # ("had told one welder his eye would heal")
    r"|one[ \xa0]+of[ \xa0]+(?:the|his|her|its|their)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+)?\w+)\b"
)
# What may follow the speaker after an inverted cue ('"...," said Ruiz, a crane operator.',
# '... said Ruiz on Monday'); anything else starts a new clause (", said Pellin would ...",
# ", said Elmar needed reform"), and the name is no speaker.
AFTER_INVERSION = frozenset((
    "on", "in", "at", "during", "after", "before", "late", "early", "last", "this", "earlier",
    "later", "from", "who", "whose", "when", "while", "as", "adding", "according", "to", "of",
    "told", "said", "and", "but", "today", "yesterday", "tonight", "recently", "by", "via",
    "with", "outside", "inside", "near",
))
# Prepositions that put a name in a subject's modifier ("Officials in Skarvik").
PREPOSITIONS = ("in", "at", "from", "of", "for", "near", "outside", "inside", "across", "by",
                "with", "on", "within", "around")
# The cues a speaker may follow ('"...," said Ruiz.'); after "told" or "accused" a name is the
# one spoken to or about.
INVERTIBLE = frozenset((
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted",
    "recalled", "insisted", "warned", "stressed", "replied", "continued", "argued", "reported",
    "reports", "announced", "confirmed", "declared", "observed", "remarked", "cautioned",
    "estimated", "claimed", "acknowledged", "admitted", "conceded", "stated", "countered",
    "predicted", "complained", "lamented", "affirmed", "emphasized", "emphasised", "asserted",
    "recounted", "quipped", "retorted", "notes", "explains",
    "insists", "warns", "stresses", "predicts", "complains", "cautions",
))
# "A Norvex spokesman", "Norvex's spokesman": the spokesperson speaks for the organisation
# named before the noun ...

SPOKESPERSON_END = re.compile(
    rf"(?:['\u2019]s)?[ \xa0]+(?:(?:sales|press|legal|senior|regional)[ \xa0]+)?(?:{_SPOKESPERSON}|representatives?)\Z"
    r"|(?:['\u2019]s|(?<=s)['\u2019])[ \xa0]+(?:press[ \xa0]+|private[ \xa0]+)?(?:office|studio|management|aides?"
    r"|campaign|chief[ \xa0]+of[ \xa0]+staff)\Z"  # ("the prosecutors' office": a plural's)
    # "Y's lawyers", "Y's officials", "Y's ministry": they speak for Y
    r"|['\u2019]s[ \xa0]+(?:own[ \xa0]+)?(?:lawyers?|attorneys?|officials|ministry|negotiators|advisers"
    r"|advisors|team|agent|publicist)\Z")
# "A Norvex official", "Norvex executives": an organisation's people speak for it (when the
# registry holds the organisation; else "officials" stay the registry's generic entry).
NO_LONGER_WORDS = frozenset(("former", "ex", "ousted", "sacked", "fired", "dismissed", "retired", "suspended",
                             "jailed", "arrested", "late"))
_NO_LONGER = rf"(?:{'|'.join(sorted(NO_LONGER_WORDS - {'ex'}))})\b"
# Someone who no longer holds a post ("a former Norvex engineer", "by X's former lawyers")
NO_LONGER = re.compile(rf"(?<![\w-])(?:ex-|{_NO_LONGER})")
# words that join or govern rather than name a trade ("Norvex and engineers", "Norvex as engineers")
_NOT_A_TRADE = (r"(?:and|but|or|nor|as|of|in|at|for|to|with|by|from|who|which|that|the|a|an|its|their|his|her"
                r"|customers|clients|shareholders|investors|rivals|critics|families|relatives)\b")
_TRADE_WORD = rf"(?!{_NO_LONGER}|{_NOT_A_TRADE})[a-z]+(?:-[a-z]+)?"  # a word of trade before "engineer": "site",
# "sales", "help-line"
# Words for bodies of their own inside an organisation ("Norvex's union chief": the union's)
_NOT_ITS_OWN = r"(?!union\b|police\b|government\b)"
# A possessive, singular or plural ("Norvex's", "the Harriers'")
_POSSESSIVE = r"(?:['\u2019]s|(?<=s)['\u2019])"
OFFICIALS_END = re.compile(rf"{_POSSESSIVE}?[ \xa0]+(?:senior[ \xa0]+|top[ \xa0]+)?"
                           r"(?:officials?|executives?|officers?|managers?)\Z"
                           # "a Norvex engineer", "Norvex's own site inspectors", "an X operations manager"
                           rf"|{_POSSESSIVE}?[ \xa0]+(?:own[ \xa0]+)?(?:{_TRADE_WORD}[ \xa0]+){{0,2}}?"
                           rf"(?:managers?|engineers?|inspectors?|technicians?|supervisors?|employees?|workers?"
                           # ("a Güertu Fresco salesman", "a Kylvö sales agent"; not "buyers", who may be its customers)
                           r"|sales(?:man|men|woman|women)|agents?|representatives?|clerks?|stewards?|directors?"
                           rf"|dispatchers?|surveyors?|foreman|foremen|operators?|producers?|specialists?|{_STAFF})\Z"
                           # "a Greystrand community officer" (not "a Norvex union official")
                           rf"|[ \xa0]+(?:{_NOT_ITS_OWN}{_TRADE_WORD}[ \xa0]+){{1,2}}?"
                           r"(?:officers?|officials?)\Z"
                           # "Norvex's (maintenance) chief", "the Harriers' finance director", "X's
                           # purchasing director" (not "X's former director")
                           rf"|{_POSSESSIVE}[ \xa0]+(?:own[ \xa0]+)?(?:{_NOT_ITS_OWN}{_TRADE_WORD}[ \xa0]+){{0,2}}?"
                           r"(?:president|chairman|chairwoman|chair"
                           r"|chief[ \xa0]+executive|ceo|director|director-general|head|chief|board|management"
                           # ... and its offices ("Gasnet's control room", "X's technical office")
                           r"|office|room|centre|center|department|desk|helpline|hotline|division|unit)\Z")
# Heads of a phrase whose prepositional object speaks for them ("officials at X").
OFFICIAL_HEADS = frozenset(("official", "officials", "executive", "executives", "officer",
                            "officers", "staff", "sources", "source", "representative",
                            "researchers", "scientists", "economists", "analysts", "experts", "doctor",
                            "doctors", "member", "members", "manager", "managers", "engineer", "engineers",
                            "inspector", "inspectors", "forecasters", "auditors", "investigators", "trustees",
                            "controllers", "observers", "monitors", "auditor", "superintendent", "supervisor",
                            "supervisors", "coordinator", "coordinators", "vet", "vets", "dispatchers", "panel",
                            "committee", "agent", "agents", "clerk", "clerks", "foreman", "foremen", "steward",
                            "stewards", "keeper", "keepers", "lawyers", "surveyor", "surveyors", "buyer", "buyers",
                            "recruiter", "recruiters"))
SPOKESPERSON_WORD = re.compile(rf"\b{_SPOKESPERSON}\b", re.IGNORECASE)
# "a ministry spokesman": the spokesperson of an organisation described, not named.
_ORG_ALT = "|".join(ORG_NOUNS)
DESCRIBED_SPOKESPERSON = re.compile(
    rf"(?:a|an|the)[ \xa0]+(?:(?:central|national|state|regional|local|city)[ \xa0]+)?(?P<noun>{_ORG_ALT})[ \xa0]+"
    rf"{_SPOKESPERSON}\b", re.IGNORECASE)
# "a commission member", "an agency manager", "a senior ministry adviser": someone unnamed of
# an organisation described, who speaks for it (unless they asked not to be named); a member
# only of a body that decides together ("a board member"; "a party member" speaks for no party).
DESCRIBED_MEMBER = re.compile(
    r"(?<![\w-])(?:(?:a|an|one)[ \xa0]+(?:senior[ \xa0]+|junior[ \xa0]+|top[ \xa0]+)?"
    rf"(?:(?P<noun>{_ORG_ALT})[ \xa0]+(?:official|officer|manager|adviser|advisor|executive|director"
    r"|inspector)"
    r"|(?P<body>commission|board|council|committee|panel|tribunal|cabinet|delegation)[ \xa0]+member)"
    # ... or several, after no word of whose ("ministry officials had told", not "the
    # ministry officials" of a story's own; "government officials" are the generic officials)
    rf"|(?<![\w'\u2019-][ \xa0])(?:senior[ \xa0]+|top[ \xa0]+)?(?!government\b)(?P<nouns>{_ORG_ALT})[ \xa0]+"
    r"(?:officials|officers|managers|advisers|advisors|executives|directors|inspectors))\Z",
    re.IGNORECASE)
