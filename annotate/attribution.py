"""Source suggestions: who a sentence's claim comes from, read off its attribution cue.

`suggest_sources(text, sentences, sources)` returns one item per sentence: None when the article
speaks for itself, else a `Suggestion` naming the source (a registry name, or a name found in
the text), where the cue and the source sit in `text`, and a confidence. Pure: no Flask, no
database; the page offers the suggestion and a reviewer accepts it with one key.

How it works: the registry's names and aliases are found in the text by an index of them
(`annotate.attribution_registry.Registry`: proper names case-insensitive; descriptive aliases
such as "the ministry" only in lower case, so "The Ministry of ..." stays a name), every match
reported, overlapping ones included. `sources` may be that index itself, built once and reused
for every article (as the workspace does), so that an article's cost does not grow with the
registry; given entries, it is built for the call. Capitalised names, documents
(`annotate.attribution_candidates`), quotes (`annotate.attribution_quotes`) and, when a
reference needs them, the article's entities (`annotate.attribution_entities`) are found by
one pass each. Then, sentence by sentence, each cue outside a quote ("said", "estimated",
"according to", ", saying", "quoted X as saying", ...; `annotate.attribution_cues`) is tied to
a source:
- the subject just before the cue (adverbs, times and "has" skipped; "X, the agency, said"
  skips the appositive; "officials in Skarvik" is the officials, but "officials at X", "a
  spokesperson for X", "an X official" and "X's office" are X's when X is a registered
  organisation; a spokesperson named ("X spokeswoman Ana Ruiz") is herself; "X ... and said",
  "X ..., saying" and "X raised the toll in a post" go back to the clause's subject), or the
  name just after it when a saying verb follows a comma or quote and the name ends the clause
  ('"...," said X.', not ', said Pellin would ...') or the cue is "according to"; a negated or
  passive cue ("did not say", "was told") attributes nothing;
- a speaker who asked not to be named (the marker before the cue, or right after it: '...,
  said a diplomat who asked not to be identified.') or who is described as unnamed ("people
  familiar with the matter", "sources close to X") goes to the registry's anonymous entry, if
  it has one, and to nobody otherwise;
- at that position, a registry match wins (the longest one), then a capitalised name, then a
  pronoun or description ("she", "the bank", "the letter", "the chief executive", "the
  58-year-old"), resolved by `annotate.attribution_references` to an entity named earlier;
- nested speech is the inner speaker's: "X said Y had told him that ...", "Y had warned (the
  union at a meeting in May) that ...", "he had been told by Y", "X's chairman had warned";
  nobody's when Y is unnamed (the anonymous entry when Y asked not to be named, but not when
  the outer speaker did: "According to an aide who ..., Y had told"), X's own when Y is a
  pronoun ("X said she had told Y"); also a commitment ("Y had promised to", "had agreed to",
  "had offered him"), a stance argued by a named Y ("Y had argued against"), a cue set in
  parenthesis ("Y, X said, had told him"), "X, citing Y, said" and "quoted the agency's
  director, Y, as saying"; a role followed by a name in apposition ("X's chief executive, Y,")
  is the person named, and "In a letter, X told Y that ..." is X's own verb, not nested;
  further inner speech: a person's directive ("Y had instructed him to pay"; an organisation's
  "had asked X to review" is an act), a belief ("X said the governor believed ..."), a call
  made to say something, a speech act after "had" ("Y had congratulated ..."), a quoted naming
  ('Y had called it "fair"'), a clause without "that" after "had" ("Y had indicated it would
  bid"); the agent of a passive may be a description or a role with a name in apposition
  ("by the former minister, Y,"); a passive with no agent ("had been warned") is nobody's, and
  so is one with an unnamed agent ("by a neighbour", "by Kaltrian soldiers"); a speech act named
  by its object ("Y had repeated that promise", "had given her his word"), a threat ("Y had
  threatened to quit") and advice ("the agency had advised farmers to wait") are inner speech;
  an inner "he"/"she" whose gender differs from the outer speaker's is someone else;
- more shapes of inner speech: an adverb, a two-word addressee or a time counted back before
  "that" ("had assured party elders two days later that"), a deed owned up to ("had admitted
  taking bribes"), a warning of a thing ("had warned the council of the risk"), a clause
  without "that" after whom a verb warns ("had warned her the fund could not"), a gerund
  after the outer cue ("recalled Y telling the senate that"), a letter or call and what it
  said ("had written to her cautioning against", "had rung her and urged her to"), a demand
  ("had demanded a payment"); an inner verb deeper than the outer cue's content ("X argued
  that Y had misread what Z had told him") is X's; a passive with no words told after its
  agent ("had been told by the board a day later") is the outer speaker's;
- where the evidence is weak or two readings compete, nobody: an organisation's directive
  ("X said the bank had asked Y to review": its words or an act X reports; but a request
  for a thing, "the insurer had asked for cameras", is the asker's), an inner
  subject before a cue set in commas that does not resolve ("The accused, she said, had
  told"), a description that would be the named outer speaker ("X told the chamber that
  the treasurer had assured her"), a pronoun right after a cue whose speaker does not
  resolve ("Farmers in X said they hoped"), a greeting ("said goodbye"), a refusal
  to comment ("said she would not discuss it"), advising as a job ("now advises charities"),
  an unnamed speaker whose origin is capitalised ("quoted a Dalmic negotiator as saying");
- a role with a modifier that the article gives someone else ("the prime minister") is not
  a person named with another ("Health Minister Y"); "the chairman of X" and "the X Group's
  chairman" speak for X; "his ministry" for him; "the bank's chief executive" is the one
  person named before as chief executive; "by Y's office that Z would" is Y's;
- a cue set in commas after the sentence's own ("Y had assured her, X said, that") notes X as
  the outer speaker, whom a later "she" stands for; "the Front" after "X Liberation Front" (or
  "the Weather Office" after "Y Weather Office") is that organisation;
- the kinds of nested verbs (clause, commitment, directive, request, belief, ...) are rows of
  one table in `annotate.attribution_cues`, each saying who must be found for the verb to be
  inner speech (anyone, someone, a person) and whether it reports an act; "had informed the
  agency of the problem" tells of a thing (the outer speaker's words); a passive whose agent
  is no one sure ("by her inspectors", "by X's predecessor") is nobody's; "He said she had
  promised him" is not his, nor, unresolved, anyone's;
- "X, which warned that", "a detective, X, who said": the relative clause's antecedent; "X,
  head of Y, said" and "X, head teacher of Y, one of ..., said" are X; "X of the Y Council
  urged" is X, a person; "X's office did not dispute it but said" is X's; an expressive
  ("thanked") is a cue, tried after the sentence's other cues;
- "the agency's director" (and "quoted the agency's director as saying") is the one person
  named before as the agency's director, else the agency; "one of the union's lawyers", "a
  Norvex sales representative" and "Norvex's site manager" speak for their organisation; "the
  53-year-old" is the one person named with that age;
- a negated inner verb ("X said Y had not told her until May that") is no inner speech: X's;
  "A Norvex official, speaking on condition of anonymity," is the anonymous entry (unnamed,
  though of a registered organisation); "One of them said" right after a sentence whose source
  is a group of unnamed people under the anonymous entry is that entry; "Norvex's maintenance
  chief" and "the federation's ethics officer" speak for their organisation; "her client" is
  the one person the article gives a lawyer, "his predecessor" the one it says was succeeded;
- who speaks for an organisation: its unnamed staff, also as inner speakers, with up to two
  words of trade ("a Norvex engineer", "Norvex's own site inspectors", "a Norvex community
  officer"; not "a former Norvex engineer", "Norvex customers and engineers", "a Norvex union
  official"); inspectors, forecasters and trustees of it ("inspectors from the authority", not
  "government inspectors at Norvex" or "auditors of Norvex"); "a commission official in the
  city of X"; "Y's chief of staff" and "his campaign" speak for Y; "a police commander at the
  scene" is the police, "Witnesses in the village of X" the witnesses;
- names: lower-case words that end one registered organisation's name with an organisation's
  word stand for it ("the integrity unit", "the guild"; not "the children" after "Save the
  Children"); "the Harbourline Sentinel newspaper" is the registered name (a kind of body it
  is, not "the Norvex union"); an acronym in parentheses after a name is skipped; a registered
  surname that ends another person's name is not the registered person when a known first
  name or a relative's apposition comes before it ("His brother, Tobrin Ortiz,"); "the
  corporation", "the rector" (for "Rector X") and "the regulator" (a regulatory board) are
  descriptions; a name followed by ", a 34-year-old ...", ", whose brother" or after a role
  ("coordinator", "schoolteacher") is a person's;
- nested speech: twice nested is the innermost named speaker's ("Y told investigators that Z
  had promised him"); "Y had denied every charge" (not "rejected the charges") is Y's words;
  more phrases before what is said ("by telephone", "as recently as Monday", "on the second
  day of the sit-in", "minutes before her arrest to say", "to Y's office demanding") and more
  addressees ("doping control officers", "one of the party's observers", "board members he
  would"); "had given written assurances", "had promised farmers a fund" (also under a
  parenthetical "he added"), "had privately accepted in January that" (not "had accepted a pay
  freeze"); "had been alerted by Y" is a passive with an agent; a sentence that opens "Citing
  figures from X," or "Citing a police report," is X's, unless what follows speaks of X again
  ("Citing figures from Norvex, Ortiz said the company was lying": Ortiz's);
- references: "Her lawyer, X," is the lawyer of the person named last (not after a
  preposition) even when no table knows that person's gender; "One of them" may follow a group
  that is an outer speaker; "The official" (officer, board member) right after an unnamed
  source described with that noun, and "the person" after any, is the anonymous entry (not
  when that sentence names someone else with it); in "He said she had promised him" the one
  "He" stands for is known as a man before "she" is looked for, and '"...," she said' of the
  one who spoke just before teaches that speaker's gender; "The mayor said" after a sentence
  whose outer and inner speakers both hold the role is unsure;
- no claim: what a speaker "did not say" or "declined to say" ("how many", "whether"), though a
  verb after "but" or ";" is a claim; "pleaded not guilty" is a cue ("pleaded guilty" is an
  act), and so is "put the bill (the cost of X) at"; "recalled more than 2 million tins" and
  "ordered an inquiry (the evacuation)" are acts, no cues;
- also: "a Norvex supervisor", "the institute's own laboratory" and "his superiors" speak for
  their organisation; "the website", "the constabulary" are descriptions; "who cannot be named
  for legal reasons" asks for anonymity; a head named in apposition to a role ("Its chair, X,",
  "The chairman of Y, X,") who says her own organisation warned or asked someone speaks in
  her own name ("Its chair, X, said the board had warned Y": X's), as the later development
  and held-out sets read it (the tenth development set read it as the board's); "The chairman
  of Y, X, said" and "X, medical coordinator for the aid group Y, said" are X; "X, a
  structural engineer who ..." is a person (a role in a long appositive); "added six extra
  flights" is no cue; "the bureau's regional coordinator", "the federation's treasurer", "the
  company's operations centre" and "traffic controllers at X" speak for it; "Its country
  director, X," is X even when no table knows the first name; "X said tests had confirmed that"
  is X's (a thing speaks for no one); "Spanlink Chief Executive X defended it, saying" is X;
- who speaks for whom, unnamed: staff described by lower-case words of one registered
  organisation's name ("civil protection officials", "a coast guard duty officer", "federation
  lawyers") speak for it; "Y's lawyers", "Y's officials", "Y's ministry" for Y; "who asked not
  to be named" asks nothing of anyone; a role no table lists shows a person by its ending
  ("the glaciologist", "a paediatrician") or a wide list of person nouns ("the administrator",
  "a deckhand"); "said nothing during the hearing" is no claim; "The club's lawyer, X," has a
  body for a client; "the convenor" (any such role word) is the one person named with it,
  "the steward" after an unnamed steward the anonymous entry, and "the 49-year-old geologist",
  no one named as one, the one who spoke just before; words shouted, whispered or radioed
  ("Y had shouted to the crew that") and "Y had himself demanded" are inner speech; "the
  prison's governor" speaks for the one organisation named with "prison" in its name, and
  "told by the agency's inspectors (director)" for the agency; "had told buyers privately
  that" and "had told officers the men had" tell a claim ("had told lenders the news" none);
- a request or appeal ("X has asked for the files") in a sentence that closes with ", Y said."
  is an act Y reports; '..., said the ruling “...”' names no speaker after "said"; "The
  director of Y, Dr. X," is X when the registry holds her too; "In a letter, the union's
  records officer, X, wrote" is X; a role word opening a name ("Sprinter X", "Grandmaster X")
  is no part of it; "Y had herself promised" is Y's promise; "Election observers from Y" speak
  for Y; a person "showed" nothing a document shows; "the directorate's data protection
  officer" is the directorate's (an owner named first decides); "She said" after "A
  spokeswoman for X said Y ..." is X's; "An official at X, which ..., said on condition of
  anonymity" is the anonymous entry; "the hospital's pharmacy director" is no director named
  for other work; an order shouted by someone unnamed is nobody's; a role word two words
  before a name ("Chief forecaster X", "world champion sculler X") shows a person, and the
  capitalised one names no one; any word for a person after "the board's" ("chief
  investigator", "entomologists", "team doctor") speaks for the board, and their directive is
  a person's; what a relative clause describes (", which maintains the road,", ", who had
  pleaded not guilty,") and "declared three days of mourning" (not "declared that") are no
  claims; more inner speech: "had promised him full access", "had promised Threlfall a
  lighter sentence", "had offered her government ... to discuss", "had sworn to the squad
  ... that", "had described the film to her as “...”", "had warned X in a letter about",
  "had advised the chapter two years ago to"; "by a former X engineer" is no one's; "a Norvex
  help-line worker" speaks for Norvex, "the Alvessa police chief" for the police, and "the
  cloud provider", "the distributor", "the shipbuilder" are words for a company; "X has asked
  for a meeting" is an act; "Y had reported a fault" is Y's report ("had reported the breach"
  an act); "had told agency staff that", "had promised vice-chancellors in September that";
  "a festival spokeswoman", "a central bank spokesman"; "X said in his email that she" is
  someone else; "the detective" (doctor, nurse, soldier) after an unnamed one is the anonymous
  entry; a directive to a titled name ("had asked Interior Minister X within an hour to");
  "had argued for hours" is no stance; "Norvex's managing director had admitted the mistake
  to him" is Norvex's; "Rescuers dug ..., it said" is no crowd's; "has called its members to
  a meeting" is an act; "The family of one victim, X," is not X; detectives are the police;
  staff described by a body's own words speak for it only from the phrase's start ("(a)
  coast guard (duty) officer", "festival organisers"; not "Prison guard officers", "local
  health officials", "a former coast guard officer", "a research assistant": one word only
  when it is a body's own word), and after "the board's" any word for its staff (not its
  shareholders, passengers or fans, nor a former one); an age given to someone else before
  ("X, 52, said ... the 34-year-old") or a newcomer ("the 29-year-old suspect") is not the
  last speaker; "by Y's former lawyers" is not Y; "A week later, X said on condition of
  anonymity" is X's; ", but Y told reporters" closes nothing.
- also: "her director" is an unnamed employee's boss (her employer's words, else nobody's); a
  consumer agency runs nothing; "X, 37." and "X's widow" show a person; a bare request for a
  thing ("The guild asked the agency for more tests", "has also asked for") and people
  questioned ("questioned two men", "questioned him") are no cues; a word that opens a sentence
  and that the article also writes in lower case ("Traffic ...", "Driving examiners ...") and
  a capital in apposition ("in the capital, Y,") name no speaker; an offer by someone
  indefinite ("a buyer from the coast had offered him") is nobody's; "Its chief, X," is a head
  in apposition; "did not say on Tuesday when" tells nothing; "had promised the hospital in
  April a second ambulance" and "had certified the lease as “...”" are inner speech; an inner
  "it" is never a person who speaks.
- further: a company's buyers, salesmen and representatives are its staff, and "the exporter"
  fits "X Export"; "a salesman from the distillery" is X Distilling's; "..., and that Y had
  replied that" seeks Y after the second "that"; a company's owner speaks for it; "ruled in
  April that" is a ruling; "X, director of Y, the largest of the firms, said" is X; a name
  "held back" or kept out of print, "not identify him", "identified only as" make a source
  anonymous; "had promised the service delivery by the end of March" and "had answered every
  letter by saying" are inner speech; "an officer at the authority's Oruvai station" is the
  authority's;
- and: the speaker's own superiors ("her manager", "his supervisor in Lenaware") are someone
  described, not the speaker (her own staff, "her engineers", stay hers); "Its secretary, X,"
  is a head in apposition; "the country's Red Crescent" in a lead is the one registered
  "<Nationality> Red Crescent"; "had given that instruction" is inner speech; "civil defence
  rescuers" are the X Civil Defence's (words before a trade must be words of the body's name);
  "one morning in June" is a time before an order's "to"; unnamed staff whom a named worker
  reports ("X, a sheller at Y, said ... a supervisor had told") are her employer's; a security
  guard spoken of leaves "an officer" the police's; "had told one welder his eye would heal"
  and "had told villagers who came ... that" are inner speech;
- and: "had conceded as much to him" is inner speech; staff described by a body's words ("a
  county official") speak for the one body first named in a later sentence, and a capitalised
  word before them ends no owner's name when a comma follows it ("on Tuesday, civil protection
  officials"); trade words ("Paints", "Dairies", "Exporters") show a company; "issued an amber
  warning for the region" is an act; a place after a preposition ("for Gaukomah") leaves "its"
  to the body opening the sentence; "the X Hospital, where doctors said" is the hospital's;
- and: staff "there" ("Doctors there said") speak for the body named just before, or for nurses
  and doctors the story's one hospital; "asking not to be named" keeps a name back; "according
  to the drivers' association" resolves as "The drivers' association said" does; leads closed by
  a body in a place ("the university hospital in the city") or by staff named by their trade
  ("doctors treating them at the town's hospital", "firefighters in the town") are the one such
  body the story names, and "the town's lifeguard corps" stays the body when its head speaks
  next; past the lead, a body described with none named before is the one named in the next
  three sentences; "A lawyer for X said" is X's; "She said her inspectors had warned" is hers;
  "the railway company" is the body whose name holds its trade; "The health ministry has sent
  ..., it said" is the ministry's;
- and: names kept back in further wordings ("who asked that his name be left off", "only without
  attribution"); "the prison's only doctor" is the prison's when one name holds "prison"; staff
  followed by a clause of their visit or a phrase of where they rode ("Inspectors from X who
  visited Y said", "a volunteer riding on the footplate had shouted") speak before it; "in May"
  is a month; leads closed by "according to" a body described or staff, or by organisers;
  crewmen, barmen and teachers are the one body of their trade, a stand or kiosk a mere place;
  unnamed staff tied to nothing else are the story's one company; tests by a body described are
  its findings; "X's studio said" is X's; a head's own doctors are the head's claim; "had let her
  know that" is nested speech; staff "sent by" a body and a lawyer "acting for" one speak for it;
  "customs officers" of a "Bureau of Customs", "a resort manager" of "X Resorts", inspectors of a
  secretariat, "Tax officials" opening a sentence, a ministry's team, a warden of a reserve, a
  nurse on the ward speak for that body; "were admitted" is no cue; a bare request stays an act
  whatever its addressee; "Civil protection officers said" opening a sentence reads every word;
  "X's agent said" is X's; "At X Hospital, doctors said" is the hospital's; a shift staff are on
  is passed over;
- and: a named head speaking of her own body is her claim in more introductions ("the agency's
  director of vaccination", "according to its director, X", "who chairs the association",
  "Health Secretary X", an introduction whose sentence reported another's words), when her body
  comes before a parenthetical cue ("The project, she said, had offered") or is called by a word
  of its name, when it is "his firm" or "her department", and when its staff speak to others
  ("the association's integrity officer had warned all players"; not "had assured him"); "X,
  who chairs Y," is Y's chair; a bare "police said" or "prosecutors said" is the one police force
  or prosecutor's office the story registers; an unregistered firm with a relative clause speaks
  for nobody; dateline names and places after "in" are no speakers; "describe him only by his
  trade" keeps a name back; leads closed by a body's staff or managers ("the castle's management
  said") are the body named next; "every warning that" is a noun; a letter's addressee is not its
  speaker; "questioned Stitovsky" is an act; "would answer only once" and "would not name" are
  refused comment; "X, a dermatologist at Y, where ..., said" is X; a body's fitters, stewards or
  guides speak for it; a complaint in "after tourists complained that" is no nested speech;
  "had told doctors the foam smelled" tells a claim; "had asked him not to." is a request in words;
  a notice or sign on a body's door or gate is the body's document; "None" opening a sentence is
  no name; "X's president, Y, bowed ... and said" is Y; ", said drivers paid Z" is no inverted
  speaker; "volunteer firefighters who recovered the bodies said" closing a lead is the brigade;
  "the hospital treating him said" is the hospital; "questioned by prosecutors" is no cue.
The first cue of a sentence that resolves gives its suggestion (at most MAX_CUES are tried, so
run-on text stays linear). Last, a sentence inside a quote whose speaker is named in another
sentence (the quote runs over sentences, or follows the speaker's quote in the same
paragraph) gets that speaker. Word tables for names (titles, first names, organisation
words) are in `annotate.attribution_words`.

Confidence scale: 0.9 a registry name or alias attached to the cue; 0.8 a descriptive alias
("the ministry") of an entry named earlier in the article, 0.7 one that is not, 0.8 an
anonymous source filed under the registry's entry; 0.7 a name from the text that is not in the
registry; 0.6 a source carried across a pronoun, description, document or quote; 0.5
"he"/"she" read as the person who opens an earlier sentence.
"""

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Literal

from annotate.attribution_candidates import (
    ANONYMOUS,
    DESCRIPTIVE_ALIAS,
    REFERENCE,
    REGISTRY_NAME,
    SILENT,
    TEXT_NAME,
    Candidates,
    comma_before,
    head_kin,
    public,
    reference_word,
)
from annotate.attribution_cues import (
    AFTER_INVERSION,
    ANONYMITY,
    BEFORE_CUE,
    BODY_SPEAKER,
    CUE,
    DATELINE,
    DOCUMENT_NOUNS,
    FOUND_SPEAKER,
    INVERTIBLE,
    NESTED_OBJECT,
    NESTED_VERB,
    NO_LONGER,
    NOT_A_CUE,
    NOT_A_SUBJECT,
    OFFICIAL_HEADS,
    ORG_NOUNS,
    PASSIVE_WORDS,
    PERSON_NOUNS,
    REFERENCE_START,
    SPOKESPERSON_WORD,
    STAFF_TIME_END,
    STAFF_TIME_START,
    STOP_WORDS,
    WINDOW,
    nested_kind,
)
from annotate.attribution_entities import ORGANISATION, PERSON, singular
from annotate.attribution_quotes import Quotes, continue_quotes
from annotate.attribution_references import CARRIED, LOOKBACK, Found, References, Settled, Suggestion, names_a_person
from annotate.attribution_registry import Registry, normal_form
from annotate.attribution_words import (
    BODY_KINDS,
    CAPITALISED_WORD,
    COMPANY_NOUNS,
    LOWER_WORD,
    ORG_WORDS,
    PERSON_ROLE_BEFORE,
    PLACE_NOUNS,
    SPOKESPERSON_NOUNS,
    SYNONYMS,
    TITLE_WORDS,
    body_kind,
    is_person_word,
)
from annotate.segment import Span

__all__ = ["Suggestion", "suggest_sources"]

# Confidences, as the scale in the docstring above gives them.
REGISTRY = 0.9
DESCRIPTIVE_NAMED_EARLIER, DESCRIPTIVE = 0.8, 0.7
NAMED = 0.7
MAX_CUES = 16  # cues tried per sentence: bounds the work on run-on text
_SKIPPED_KINDS = frozenset(("title", "heading", "meta"))
# "the" or "its" up to two words before a noun ("the water company"; not entities' bare "the")
# Words for a place whose possessive names no body ("the country's", "the island's").
_PLACE_WORDS = r"(?:country|nation|state|city|town|capital|region|province|port|island|islands|district|county)"
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its)[ \xa0]+(?:" + _PLACE_WORDS + r"['\u2019]s[ \xa0]+)?"
                                r"(?:[a-z-]+[ \xa0]+){0,2}\Z")
_EMPLOYEES = frozenset(("employee", "employees", "staff", "staffer", "staffers"))
_PRONOUNS = frozenset(("he", "she", "it", "they"))
_POSSESSIVE_GENDERS = {"his": "m", "her": "f"}
_OUTER_PRONOUN = re.compile(r",[ \xa0]+(he|she|they)[ \xa0]+\Z")
_PRONOUN_GENDERS = {"he": "m", "she": "f"}
# "Citing figures from the ", "Citing data published by ", "Citing a (police) report": the
# opening of a sentence whose claim is the cited source's; (kind): the source is named before
# the document's noun
_CITING_OPENER = re.compile(
    r"Citing[ \xa0]+(?:(?:figures|data|estimates|statistics|numbers|a[ \xa0]+report|a[ \xa0]+survey|a[ \xa0]+study"
    r"|an[ \xa0]+assessment|an[ \xa0]+analysis)[ \xa0]+(?:(?:compiled|published|released|issued)[ \xa0]+)?"
    r"(?:from|by|of)[ \xa0]+(?:the[ \xa0]+)?|(?P<kind>an?[ \xa0]+|the[ \xa0]+))")
# "did not say", "declined to say": a cue negated, before what it does not tell ("how many",
# "whether")
_NEGATED_BEFORE = re.compile(r"(?:did[ \xa0]+not|didn['\u2019]t|declined[ \xa0]+to|refused[ \xa0]+to|would[ \xa0]+not"
                             r"|wouldn['\u2019]t|could[ \xa0]+not|couldn['\u2019]t)[ \xa0]+(?:immediately[ \xa0]+"
                             r"|publicly[ \xa0]+)?\Z")
# A refusal before ", citing" ("declined to discuss the remarks, citing the inquiry"): a reason, no claim.
_REFUSED = re.compile(r"\b(?:declined|refused|declines|refuses)[ \xa0]+to\b"
                      r"|\bwould[ \xa0]+not[ \xa0]+(?:comment|discuss|say)\b")
# Prosecutors' documents ("according to the charge sheet"), not a court's or a named author's; and
# the prosecution itself ("According to the prosecution, X imported").
_PROSECUTION_DOCUMENT = re.compile(r"[ \xa0]+(?P<document>(?:the|an?)[ \xa0]+(?:indictment|charge[ \xa0]+sheet|charging"
                                  r"[ \xa0]+document|prosecution(?=,)))(?![ \xa0]+(?:from|by|of|against[ \xa0]+[A-Z]))")
_DENIAL = re.compile(r"denied|denies|disputed|disputes|rejected|rejects|dismissed|dismisses")
_PROMISED = re.compile(r"\b(?:promised|pledged|vowed)\b")
_OFFERED = re.compile(r"\b(?:offered|threatened)\b")
# Someone unnamed and indefinite ("a buyer from the coast", "one of the strangers"), then what follows.
_SOMEONE = re.compile(r"[ \xa0]*(?:that[ \xa0]+)?(?:(?:a|an|one[ \xa0]+of[ \xa0]+(?:the|his|her|their|them)|one|some"
                      r"|several|two|three|four|five)[ \xa0]+(?P<words>(?:[a-z-]+[ \xa0]+)?[a-z-]+)\b"
                      # ... or a bare plural ("foreign hunters", "buyers from the coast"; not "its members")
                      r"|(?!(?:its|his|her|their|our|the|my|your)\b)"
                      r"(?P<plural>(?:[a-z-]+[ \xa0]+)?(?!(?:members|workers|employees|staff|crews|miners|drivers"
                      r"|guards|nurses|doctors|teachers|officers|officials|engineers|inspectors|managers|volunteers"
                      r"|rangers|pilots)\b)[a-z-]+s)"  # (not the speaker's own people: "workers had offered to")
                      r"(?:[ \xa0]+from[ \xa0][^,;:\u201c\"]{1,40}?)?(?=[ \xa0]+(?:had[ \xa0]+)?\Z))")
_FORMER = re.compile(r"\b(?:former|ex-|retired|outgoing)\b", re.IGNORECASE)
# A name in apposition to a trade of a body's staff, not its head or officer ("X, a researcher at
# the Y Institute,", "X, a senior engineer with Y,"): a warning of that body she reports is its own.
_STAFF_APPOSITION = re.compile(
    r",[ \xa0]+(?:a|an|one[ \xa0]+of[ \xa0]+(?:the|its))[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
    r"(?:[a-z]+(?:ists?|ians?)|researchers?|engineers?|analysts?|workers?"
    r"|employees?|nurses?|doctors?|teachers?|lecturers?|members?[ \xa0]+of[ \xa0]+staff|volunteers?"
    r"|rangers?|drivers?|pilots?|clerks?|surveyors?|experts?|vets?|foresters?|trainees?|forecasters?)"
    r"[ \xa0]+(?:at|with|of|for|from|in)[ \xa0]")
# ... unless she is also introduced as its head ("X, director of Y, an agronomist with 30 years in the
# valley,", "a soil scientist in charge of Y").
_HEADS_TOO = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|president|director|head|chief|leader"
                        r"|governor|manager|secretary|commissioner|rector|principal|superintendent|owner|founder)"
                        r"[ \xa0]+(?:of|for|at)\b|\bin[ \xa0]+charge[ \xa0]+of\b"
                        r"|\bwho[ \xa0]+(?:chairs|heads|leads|directs|runs|manages|owns|founded)\b")
_WHO_AFTER_COMMA = re.compile(r",[ \xa0]+who[ \xa0]")
# An appositive describing the one before it ("the club that runs it", "a collective of women farmers
# that runs 14 seed banks"): left out like a relative clause
_DESCRIBED_APPOSITION = re.compile(r"(?:a|an|the|its|his|her|their)[ \xa0]+[a-z]")  # "X, a dermatologist at Y, said"
_NO_VERB_AFTER_WHOSE = frozenset(("a", "an", "the", "her", "his", "its", "their", "whose", "who", "which"))
_DESCRIBING_APPOSITIVE = re.compile(r"[ \xa0]+(?:(?:the|a|an)[ \xa0]+(?:[a-z-]+[ \xa0]+){1,6}?(?:that|which|who)"
                                    r"[ \xa0][^,]*|one[ \xa0]+of[ \xa0]+(?:the|its|their)[ \xa0][^,]*)")
# "in " right before a name: a place ("a shopkeeper in Mundaroo").
_IN_PLACE = re.compile(r"\bin[ \xa0]+\Z")
# Registered names of a police force or a prosecutors' office (not a police union or inspectorate).
_FORCES = {"police": re.compile(r"\bPolice\Z"),
           "prosecutors": re.compile(r"\bProsecut(?:ors?|ion)(?:['\u2019]s)?(?:[ \xa0]+(?:Office|Service))?\Z")}
_MINISTER_TITLE = re.compile(r"\b(?P<field>[A-Z][a-z]+)[ \xa0]+(?P<title>Minister|Secretary)\b")
# "Mayor Olatz Arrutiberri said": a mayor, whose own body is her city's or town's, described as
# such ("the town council", "the municipality", "city hall"), registered or not.
_MAYOR = re.compile(r"(?:Deputy[ \xa0]+)?Mayor[ \xa0]+[A-Z][\w'\u2019-]+(?:[ \xa0]+[A-Z][\w'\u2019-]+){0,3}[ \xa0]*\Z")
_MAYORS_BODY = "<the mayor's city>"
_CITY_BODY = re.compile(r"(?:the[ \xa0]+(?:city|town|municipal)(?:[ \xa0]+(?:council|hall|administration|government))?"
                        r"|the[ \xa0]+(?:municipality|council)|(?:city|town)[ \xa0]+hall)", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|before|once|unless)[ \xa0]+(?:it|he|she|they|the[ \xa0]+[a-z]+)[ \xa0]+\Z")
_BUT_BEFORE = re.compile(r"\bbut\b|;")  # a new clause: "... but noted that", "...; Kowalski said"
# What a cue says when it says only that no comment will come ("said in a statement that it
# would not comment on an ongoing investigation.", "would not name the member", "would answer only
# once the police had finished"): up to the end, no "but" or second clause.
_NO_COMMENT_AFTER = re.compile(
    r"(?:[ \xa0]+in[ \xa0]+(?:a|an|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:statement|email|message))?"
    r",?[ \xa0]+(?:that[ \xa0]+)?(?:it|he|she|they|the[ \xa0]+[a-z]+)[ \xa0]+(?:(?:would|could|will|can)[ \xa0]+"
    r"(?:not[ \xa0]+(?:comment|discuss|respond|answer|name)"
    # ... or only later ("said he would answer only once the police had finished")
    r"|(?:only[ \xa0]+)?(?:comment|discuss|respond|answer|speak)[ \xa0]+only[ \xa0]+(?:once|after|when|until))"
    # ... or wished to say no more ("said he no longer wished to speak and went back to ...")
    r"|(?:no[ \xa0]+longer|did[ \xa0]+not)[ \xa0]+(?:wish|wished|want|wanted)[ \xa0]+to[ \xa0]+(?:speak|comment|talk))"
    r"\b(?:(?!\bbut\b)[^,;:\u201c\"])*\Z", re.IGNORECASE)
_THING_MAINTAINED = re.compile(r"[ \xa0]+(?!that\b)(?:the|a|an|it|them|its|their|more|about|some|all|\d|[a-z]+s\b)")
_WH_AFTER = re.compile(r"(?:[ \xa0]+(?:on|in|at|last|this|by)[ \xa0]+[\w-]+)?"  # ("did not say on Tuesday when")
                       r"[ \xa0]+(?:what|whether|how|when|why|who|whom|which|if|where)\b")
_DESCRIBED = re.compile(rf"\b(?:the|its)[ \xa0]+(?P<noun>{'|'.join(ORG_NOUNS)})\b", re.IGNORECASE)
# "Its chair, X, said": a role of the organisation "it" stands for, then the person named
_ITS_ROLES = (r"(?:[a-z-]+[ \xa0]+){0,2}?(?:chair|chairman|chairwoman|chairperson|president"
              # ("Its chief geologist,", not "Its chief critic,")
              r"|director(?:[ \xa0-]general)?|head|chief(?:[ \xa0]+(?:executive|[a-z-]+(?:or|er|ist|ian)))?"
              r"|secretary(?:[ \xa0-]general)?|leader|spokes(?:man|woman|person)|manager|registrar|governor"
              r"|commissioner|rector|principal|superintendent|commander|coordinator|treasurer|owner|founder),")
_ITS_ROLE = re.compile(r"Its[ \xa0]+" + _ITS_ROLES)
# ... and after a cue ("..., according to its director, X")
_ITS_ROLE_AFTER_CUE = re.compile(r"[ \xa0]+(?P<its>its)[ \xa0]+" + _ITS_ROLES)
# "X, who chairs the association, said": the body she heads, described
_WHO_HEADS_DESCRIBED = re.compile(rf"\bwho[ \xa0]+(?:chairs|heads|leads|directs|runs|manages)[ \xa0]+the[ \xa0]+"
                                  rf"(?P<noun>{'|'.join(ORG_NOUNS)})\b")
# Nothing but a title or two before a name opening a clause ("Mayor ", "Health Secretary ", "Dr ").
_TITLES_ONLY = re.compile(r"(?:[A-Z][a-z]+\.?[ \xa0]+){0,2}")
# "X, coordinator for Y, said", "The chairman of Y, X, said": a role of an organisation named
_ROLE_FOR = re.compile(r"\b(?:chair|chairman|chairwoman|president|director|head|chief|executive|coordinator|secretary"
                       r"|leader|spokes(?:man|woman|person)|manager|governor)[ \xa0]+(?:of|for|at)\b"
                       # ... or "X, who chairs Y, said", "X, who heads Y,"
                       r"|\bwho[ \xa0]+(?:chairs|heads|leads|directs|runs|manages)\b"
                       # ... or owns or owned it ("X, who owned Y Services, insisted that the firm had warned"; not
                       # "who owns a small stake in Y", nor "who ran Y until 2030": a former head)
                       r"|\bwho[ \xa0]+(?:owns|owned)[ \xa0]+(?:the[ \xa0]+)?[A-Z]")
# ... or a head's role after a name's possessive, then hers ("X Ferries' chief executive, Y, said")
_POSSESSIVE_ROLE = re.compile(r"[A-Z][\w-]*['\u2019]s?[ \xa0]+(?:(?:managing|executive|general|chief)[ \xa0]+)?"
                              r"(?:chair|chairman|chairwoman|president|director|head|executive|manager|governor"
                              r"|secretary|leader|commissioner|commander),[ \xa0]+[A-Z]")
# A name and its role as a body's spokesperson, in apposition ("Salma Bakari, a spokeswoman for"; not "a
# former spokeswoman", "whose husband is a spokesman for").
_SPOKESPERSON_ROLE = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \xa0]+[A-Z][\w'\u2019-]*){0,3},[ \xa0]+(?:a|an|the)[ \xa0]+"
                                r"(?:chief[ \xa0]+|senior[ \xa0]+)?spokes(?:man|woman|person)[ \xa0]+(?:for|of)")
# ... the body described after the role ("for the ports authority, ")
_BODY_AFTER_ROLE = re.compile(rf"[ \xa0]+the[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun>{'|'.join(ORG_NOUNS)}),")
# "The chairman of Y, ": a role of an organisation opening the sentence, before the name
_ROLE_OF_OPENING = re.compile(r"[Tt]he[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:chair|chairman|chairwoman|president|director|head"
                              r"|chief[ \xa0]+executive|secretary[ \xa0]+general|leader|governor|spokes(?:man|woman"
                              r"|person)|superintendent|manager|commissioner|registrar|administrator|coordinator)"
                              r"[ \xa0]+of[ \xa0]")
# A quotation opening a sentence up to the words after it ('"We will not go," the president of Y').
_QUOTE_BEFORE_CLAUSE = re.compile(r"[\u201c\"][^\u201c\u201d\"]+[,?!][\u201d\"][ \xa0]+")
# People who speak about someone, not as them ("The family of one victim, X, said")
_KIN_OF = re.compile(r"(?:[Tt]he|[Aa])[ \xa0]+(?:family|relatives|parents|children|friends|neighbours|neighbors"
                     r"|colleagues|classmates)[ \xa0]+of[ \xa0]")
# "tests had confirmed that", "the data had shown": a thing before an inner verb, which speaks for no one
# What comes between a subject and a nested verb ("managers had also told"): left off the subject.
# A person's own staff ("his inspectors", "her own team").
_HIS_STAFF = re.compile(r"(?:that[ \xa0]+)?(?P<one>one[ \xa0]+of[ \xa0]+)?(?:his|her)[ \xa0]+(?:own[ \xa0]+)?"
                        r"(?:staff|teams?|inspectors|engineers|officers|crews|members|technicians|scientists|researchers"
                        r"|rangers|guards|lifeguards|experts|auditors|officials|doctors|nurses|surgeons|firefighters"
                        r"|teachers|vets|veterinarians|investigators|guides|pilots|divers|stewards|marshals|instructors)")
_AUXILIARY_END = re.compile(r"(?:[ \xa0]+(?:had|has|have|was|were|also|already|again|then|later|repeatedly|once"
                            r"|twice|even|personally|first|often|always|never|sometimes|still|just"
                            r"|[a-z]+ly))*[ \xa0]*\Z")
_THING_SUBJECT = re.compile(r"\b(?:tests?|data|figures|records|results|studies|study|analysis|analyses|documents"
                            r"|emails|images|footage|samples?|scans?|measurements|readings|checks|inspections"
                            r"|(?:text[ \xa0]+)?messages?|sirens?|alerts?|alarms?|(?:loud)?speakers|megaphones)"
                            # ("loudspeakers on patrol cars told people to")
                            r"(?:[ \xa0]+(?:on|in|at|from)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,3}?[a-z-]+s)?"
                            r"[ \xa0]+(?:(?:had|have|has)[ \xa0]+)?(?:[a-z]+ly[ \xa0]+)?\Z")
# What a body found as a claim of its own: a measure or an absence ("no sign of erosion", "similar readings",
# "higher levels") ...
_FINDING_OBJECT = re.compile(r"[ \xa0]+(?:no|nothing|little|similar|higher|lower|high|low|rising|falling|elevated"
                             r"|the[ \xa0]+same|traces?|signs?|evidence|levels?|readings?|concentrations?)\b")
# ... or what it found on inspections or in tests ("oil slicks in the channel on three inspections")
_ON_INSPECTION = re.compile(r"\b(?:on|in|during)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}(?:inspections?|tests?|samples?|surveys?"
                            r"|checks?|stud(?:y|ies)|analys[ie]s|sampling|patrols?|monitoring)\b")
# Figures or a claim a body confirmed ("the district's figures", "this"), not a booking or an appointment.
_CONFIRMED_OBJECT = re.compile(r"[ \xa0]+(?:this|that|it|(?:the|its|their|his|her)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+)?"
                               r"(?:figures|results?|readings|findings|count|numbers|data|deaths|cases|reports?|diagnosis"
                               r"|presence|outbreak|claims?|account))\b")
# A person recommended ("had recommended him for a medal", "had recommended Ilma Dorn for the post").
_PERSON_RECOMMENDED = re.compile(r"[ \xa0]+(?:him|her|them|us|me|[A-Z])")
# A body's tests or report ("tests by the X Institute last year had", "a 2016 report by the
# ministry had"), ending at a "test_finding" nested verb.
_DOCUMENT_BY = re.compile(r"\b(?:(?:tests?|analys[ie]s|reports?|study|studies|surveys?|audits?|examinations?|checks"
                          r"|inspections?|counts?|census(?:es)?|tagging|trials?|monitoring|sampling|mapping"
                          r"|measurements?|assessments?)[ \xa0]+(?:of[ \xa0]+[^,;:.\u201c\"]{1,50}?[ \xa0]+)?"
                          r"(?:(?:carried[ \xa0]+out|done|conducted|commissioned"
                          r"|published|run|made|led)[ \xa0]+)?by"
                          r"|research[ \xa0]+(?:by|at)"  # ("research at the university's marine station had found")
                          r"|tests[ \xa0]+run(?:[ \xa0]+(?:twice|again))?[ \xa0]+by"  # ("tests run twice by the X")
                          # ... or its staff who find ("auditors from the X Audit Office had found")
                          r"|(?:auditors|inspectors|investigators|researchers|scientists|analysts|engineers|experts"
                          r"|specialists)"
                          r"[ \xa0]+(?:from|at|of))"
                          r"[ \xa0]+(?P<author>[^,;:.\u201c\"]{3,90}?)"
                          r"[ \xa0]+(?P<had>(?:had|has|have)[ \xa0]+(?:[a-z]+[ \xa0]+)?)?\Z")
# Tests by a body opening a sentence, with what they found ("Tests by the X Institute found
# ..., the minister said", "Genetic tests run by the X showed that ..."), or at a laboratory or
# institute ("Tests at the X Institute found"; not "Checks at X Foods", the body inspected).
_OPENING_TESTS = re.compile(r"(?:[A-Z][a-z]+[ \xa0]+)?(?:[Tt]ests?|[Aa]nalys[ie]s|[Cc]hecks)"
                            r"(?:[ \xa0]+(?:run|carried[ \xa0]+out|done|conducted)(?:[ \xa0]+(?:twice|again))?)?"
                            r"[ \xa0]+(?:by|at(?=[ \xa0]+(?:the[ \xa0]+)?[^,;:.\u201c\"]{0,60}?\b"
                            r"(?:Institute|Laborator(?:y|ies)|Labs?|University|Centre|Center)\b))"
                            r"[ \xa0]+(?P<author>[^,;:.\u201c\"]{3,90}?)"
                            r"[ \xa0]+(?P<cue>found|showed|detected|confirmed|revealed)\b")
# A body's own study, the body named by a noun before it or by its possessive ("a ministry study
# had", "a 2039 university survey of the lake had", "the trust's tagging had").
_BODYS_DOCUMENT = re.compile(r"[ \xa0]*(?:that[ \xa0]+)?(?:(?:a|an)[ \xa0]+(?:\d{4}[ \xa0]+)?(?P<noun>[a-z-]+)"
                             r"|(?P<whose>the|his|her|their)[ \xa0]+(?:(?:central|national|state|regional|provincial"
                             r"|federal|local|county|city|district)[ \xa0]+)?"  # ("the central bank's own survey")
                             r"(?P<owner>[a-z-]+(?=['\u2019]s[ \xa0])"
                             r"|[a-z-]+s(?=['\u2019][ \xa0]))['\u2019]s?(?:[ \xa0]+own)?"  # ("the corps' own count")
                             r"|(?P<its>its)(?:[ \xa0]+own)?)[ \xa0]+(?:\d{4}[ \xa0]+)?"
                             r"(?:[a-z-]+[ \xa0]+)?"
                             r"(?:study|studies|survey|surveys|report|analysis|audit|census|count|review|tests"
                             r"|tagging|monitoring|research|examinations|inspections|mission|investigation"
                             r"|measurements|sampling|figures|forecasts?|laboratory|lab|readings|images|models"
                             # (records and data only with "had": "the court's records showed" is the speaker's reading)
                             r"|(?:records|data)(?=[^,;:]*?[ \xa0](?:had|has|have)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?\Z))"
                             r"(?:[ \xa0]+(?:of|on)[ \xa0]+[^,;:\u201c\"]{1,50}?)?"  # (not "a study in Brazil")
                             r"(?:[ \xa0]+in[ \xa0]+\d{4})?"  # ("its survey in 2039 had found")
                             r"[ \xa0]+(?:(?:had|has|have)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?)?\Z")
# Where staff work, after them ("at the commission").
_AT_THE_BODY = re.compile(r"[ \xa0]+(?:at|of|from|with)[ \xa0]+(?P<the>the)[ \xa0]+(?P<noun>[a-z-]+)\b(?!['\u2019])")
# Nested verbs that are findings only of a document by a body ("a study published by the institute showed",
# "research by the institute had shown that").
_DOCUMENT_FINDINGS = ("document_finding", "document_shown")
# A body's possessive ("the academy's laboratory").
_BODYS_POSSESSIVE = re.compile(r"\bthe[ \xa0]+(?P<noun>[a-z-]+)['\u2019]s\b")
# ... a body described as its author ("the institute", "the port captaincy").
_DESCRIBED_AUTHOR = re.compile(r"(?:the|his|her|their)[ \xa0]+(?:[a-z-]+(?:['\u2019]s)?[ \xa0]+){0,2}?(?P<noun>[a-z-]+)"
                               r"(?=[ \xa0]+(?:in|on|at|from|of|for|last|this|into|published|carried|done)\b|,|\Z)")
# The speaker's own document or forecast opening the words after the cue ("said its letter to",
# "said that her report").
_OWN_DOCUMENT = re.compile(r"[ \xa0]+(?:that[ \xa0]+)?(?:its|his|her|their|our)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
                           rf"(?:{'|'.join(DOCUMENT_NOUNS)}|forecast|warning|notice|website|guidance|instructions"
                           r"|manual|labels?|leaflets?|brochures?|contracts?|terms)s?\b")
# The speaker's own team, union, committee or firm as the subject of the words after the cue ("said
# his research team had", "said her union had warned the ministry", "said his firm had told").
_OWN_TEAM = re.compile(r"[ \xa0]+(?:that[ \xa0]+)?(?:his|her|their)[ \xa0]+(?:own[ \xa0]+)?(?:[a-z]+[ \xa0]+)?"
                       r"(?:teams?|union|committee|association|federation|cooperative|co-operative|society|firm"
                       r"|company|business|workshop|agency|ministry|department|office|organisation|organization"
                       r"|charity|foundation|club|school|council|board|group|service|unit|bureau|directorate)"
                       r"[ \xa0]+(?:(?:had|has|have)[ \xa0]+(?![ \xa0]*been\b)|(?=(?:wrote|told|sent|[a-z]+ed)\b))")
# A body's own staff speaking for it to others ("It said its engineers had warned the city", "one
# of its analysts had warned the board"): the body's own words (not "had told it").
_ITS_STAFF_OUTWARD = re.compile(
    r"[ \xa0]+(?:that[ \xa0]+)?(?:one[ \xa0]+of[ \xa0]+)?its[ \xa0]+(?:own[ \xa0]+)?(?:[a-z-]+[ \xa0]+)?"
    r"(?:engineers?|researchers?|analysts?|officers?|scientists?|inspectors?|technicians?|experts?|specialists?"
    r"|geologists?|trainers?|dispatchers?|drivers?|staff|control[ \xa0]+room|head[ \xa0]+office)[ \xa0]+"
    r"(?:had|has|have)[ \xa0]+"
    # ... after a first verb of their own ("its technician had found the battery flat and had told")
    r"(?:(?!been\b)[a-z]+[^,;.:\u201c\"]{0,80}?[ \xa0]+and[ \xa0]+(?:had[ \xa0]+)?)?"
    r"(?:(?:[a-z]+ly|then|also|later|already)[ \xa0]+)?"
    r"(?:warned|written|told|advised|alerted|urged|informed|reminded|cautioned|recommended|rung|rang|phoned"
    r"|telephoned|radioed|emailed|contacted|called|explained|assured|promised|replied)"
    r"(?![ \xa0]+(?:it|its|us|me)\b)")
# The speaker's own words through their own document, team or staff, opening the words after
# the cue: no inner speech of anyone else.
_OWN_WORDS = (_OWN_DOCUMENT, _OWN_TEAM, _ITS_STAFF_OUTWARD)
# Phrases between an outer cue and the "that" of its words ("said in a statement on Monday that").
_PHRASES_BEFORE_THAT = re.compile(r"(?:,?[ \xa0]+(?:in|on|at|during|after|before|to)[ \xa0]+"
                                  r"(?:[\w'\u2019-]+[ \xa0]+){0,4}?[\w'\u2019-]+){1,3},?(?=[ \xa0]+that[ \xa0])")
# An unnamed relative of a speaker, by the pronoun that may stand for them ("whose husband", "her son").
_RELATIVES_BY_PRONOUN = {
    pronoun: re.compile(rf"\b(?i:whose|her|his|their)[ \xa0]+(?:{words})\b(?![ \xa0,]+[A-Z])")
    for pronoun, words in (("he", "husband|son|father|brother|boyfriend|grandson|grandfather|uncle|nephew"),
                           ("she", "wife|daughter|mother|sister|girlfriend|granddaughter|grandmother|aunt|niece"))}
# A relative clause set in commas running on to where a cue starts (", who insisted" of ", who
# insisted that her name stay out of the story,").
_WHO_BEFORE = re.compile(r",[ \xa0]+(?:and[ \xa0]+)?(?P<who>who|whose)[ \xa0]+[^,;.:\u201c\"]{0,60}\Z")
# " Chief Executive Percival Dunnock": a title after an organisation's name, then a person's name
_TITLED_AFTER = re.compile(r"[ \xa0]+(?:Chief[ \xa0]+Executive|Chairman|Chairwoman|Chair|President|Director|Managing"
                           r"[ \xa0]+Director|CEO|Spokesman|Spokeswoman|Spokesperson)[ \xa0]+"
                           r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \xa0]+[A-Z][\w'\u2019-]+){1,2})")
_REPORT_AFTER = re.compile(r"[ \xa0]+(?:report|survey|study|assessment|analysis|figures|data|estimates)\b")
# What a name may modify rather than be the subject of ("Norvex shares rose, ...", "The
# Tarvonian presidency said in a statement").
_MODIFIED = re.compile(r"[ \xa0]+(?:shares|stock|stocks|prices|sales|output|profits?|revenues?"
                       r"|exports|imports|bonds|debt|currency|economy|market|index|presidency"
                       rf"|{'|'.join(ORG_NOUNS)}|{'|'.join(PERSON_NOUNS)})\b")
# What ends an unnamed speaker's words before an anonymity marker (", who").
_WHO_TAIL = re.compile(r"[\s,]*(?:\b(?:who(?:\s+(?:spoke|was|were|is|are))?|speaking)\b[\s,]*)?\Z")
# What may end a sentence after an anonymity marker ("... because the talks are confidential.").
_ANONYMITY_TAIL = re.compile(r"(?:[ \xa0]+(?:a|his|her|their|being)[ \xa0]+(?:names?|named|identified))?"  # ("without
                             # a name", past the marker's last word)
                             r"(?:[ \xa0,]+(?:because|as|since|given|to)\b[^\u201c\u201d\"]*+)?[\s.!?\u201d\"]*\Z")
_WORD = re.compile(r"\w")
# An age in apposition ("Ruiz, 34,"), between a name and a second appositive.
_AGE_TAIL = re.compile(r",[ \xa0]*\d{1,3}\Z")
# A passive auxiliary before a nested verb ("had been warned that"): nobody named speaks.
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:been|was|were|is|are|be|being)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?\Z",
                             re.IGNORECASE)
# Verbs that tell of speaking but carry no claim ("X spoke to the agency in an interview").
_CONTENTLESS = frozenset(("spoke", "speaks", "talked", "talks", "appeared", "appears"))
_CLOSING_QUOTE = re.compile(r"[\u201d\"]")
_OF_BEFORE = re.compile(r"(?<![\w-])of[ \xa0]+(?:the[ \xa0]+)?\Z")  # ("director of (the) X")
_NO_APPOSITIVE = frozenset(("who", "which", "whose", "whom", "that", "where"))
# A participle opening a clause between commas ("The study, published in X, ..."): no speaker.
_PARTICIPLE = re.compile(r"[a-z]+ed\Z|(?:written|seen|sent|drawn|made|given|taken|shown|known"
                         r"|held|brought|led|run|built|based)\Z")
# The words of a finite verb phrase's first word ("would", "had", "was").
_FINITE_WORDS = "would|will|could|can|may|might|should|must|had|has|have|was|were|is|are|did|does"
# A relative pronoun before a nested verb ("Y, who had warned that"): the verb is no claim of
# the sentence's own.
_RELATIVE = re.compile(r"(?<![\w-])(?:who|which)(?:[ \xa0]+(?:had|has|have|also|previously|once))*[ \xa0]+\Z",
                       re.IGNORECASE)
# A verb of a clause's own, finite or in the past ("had come", "came", "was"): what stands after it
# is no longer the clause's subject.
_CLAUSE_VERB = re.compile(rf"(?<![\w-])(?:{_FINITE_WORDS}|came|went|said|told|took|gave|made|sent|got|found|put"
                          r"|left|held|ran|brought|bought|began|fell|rose|saw|kept|[a-z]+ed)(?![\w-])")
# A relative clause right after its antecedent, up to its nested verb (", which had ").
_RELATIVE_AFTER = re.compile(r",[ \xa0]+" + _RELATIVE.pattern, re.IGNORECASE)
# Witnesses opening a clause, told apart by where they were or what they did, up to the cue
# ("Witnesses who were fishing from the jetty ", "Witnesses on a chairlift above the run ").
_WITNESSES_BEFORE = re.compile(r"(?P<crowd>(?:(?:Two|Three|Several|Some|Many|Other)[ \xa0]+[Ww]|W)itnesses)[ \xa0]+"
                               r"(?:who|in|at|on|near|living|standing|watching|from|inside|outside|along)[ \xa0]"
                               r"[^,;:\u201c\u201d\"]{1,120}[ \xa0]+\Z")
# The content of a deed in "what ... told him" ("had done exactly what the men told him").
_WHAT_BEFORE = re.compile(r"(?<![\w-])(?:what|whatever)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,3}\Z", re.IGNORECASE)
# The words of a person's role ("Norvex's chief executive", "the agency's director"): a name in
# apposition after a phrase ending in one is the person who holds the role.
_ROLES = frozenset(PERSON_ROLE_BEFORE | set(PERSON_NOUNS))
# An auxiliary or modal: a clause's own verb ("..., said the union would strike").
_FINITE = re.compile(rf"(?<![\w-])(?:{_FINITE_WORDS}|do)(?![\w-])", re.IGNORECASE)
# A common noun after a capitalised word, which modifies it ("Kaltrian soldiers"), not a word
# of time ("by Ruiz days earlier", "by Marta Ruiz this week").
_HEAD_NOUN = re.compile(r"[ \xa0]+(?!(?:this|these|those|days|weeks|months|years|hours|minutes|nights"
                        r"|mornings|evenings|decades|times|was|is|has|his|its|as)\b)"
                        rf"(?:[a-z-]+s|{'|'.join(PERSON_NOUNS)})\b")
# A word of nationality or origin ("Kaltrian", "Marsan", "Chinese", "Danish", "Iraqi", "Dutch").
_ORIGIN = re.compile(r"[A-Z][a-z-]*(?:an|ese|ish|i|ch|ss|ek|ai)\Z")
# A lower-case noun after a capitalised word: the name modifies it ("a Dalmic negotiator").
_HEAD_NOUN_AFTER = re.compile(r"[ \xa0]+[a-z][a-z-]+(?:[ \xa0]+|\Z)")
_BY = re.compile(r"(?<![\w-])by(?![\w-])")
# "One of them said", "Another of them said": one of the group an earlier sentence cites.
_ONE_OF_THEM = re.compile(r"(?P<who>(?:one|another|two|three)[ \xa0]+of[ \xa0]+them),?[ \xa0]+"
                          r"(?:(?:also|later|separately)[ \xa0]+)?\Z", re.IGNORECASE)
# Words that make the name after them a modifier of someone unnamed ("Two Norvex managers").
_SEVERAL = r"(?:some|several|two|three|four|five|both)"
_A_FEW = re.compile(rf"(?:a|an|one|{_SEVERAL})[ \xa0]+", re.IGNORECASE)
# ... of them several ("Two people ..., speaking on condition of anonymity,"): a group.
_GROUP = re.compile(rf"{_SEVERAL}[ \xa0]+", re.IGNORECASE)
# (_INDEFINITE, below, is the same idea after a word: "by a neighbour", "by other members".)
_INDEFINITE = re.compile(r"[ \xa0]+(?:a|an|one|some|several|two|three|other)[ \xa0]", re.IGNORECASE)
# Who speaks for the one named before them ("X's office", "X's spokeswoman").
_SPEAKS_FOR = re.compile(r"['\u2019]s[ \xa0]+(?:press[ \xa0]+|private[ \xa0]+)?(?:office|board|management"
                         r"|leadership|spokes(?:man|woman|person))(?![\w-])")
# ... and, as the agent of a passive ("told by the agency's inspectors that"), its staff and
# heads (but "by Kaspari's predecessor" is not Kaspari).
_AGENT_SPEAKS_FOR = re.compile(
    r"['\u2019]s[ \xa0]+(?:own[ \xa0]+)?(?:(?!former|ex-|retired|sacked|ousted|late)[a-z-]+[ \xa0]+){0,2}?"
    r"(?:office|board|management|leadership"
    r"|spokes(?:man|woman|person)|officials|officers?|inspectors?|engineers?|staff|managers?|director"
    r"|chief[ \xa0]+executive|head|chief|chairman|chairwoman|chair|president|governor|trustees|lawyers?"
    r"|negotiators)(?![\w-])")
# A verb of a relative clause with an object, no words ("X, which maintains the road, said")
_WHICH_BEFORE = re.compile(r",[ \xa0]+(?:which|who)[ \xa0]+(?:had[ \xa0]+|has[ \xa0]+)?\Z")
_OBJECT_AFTER = re.compile(r"[ \xa0]+(?:the|a|an|its|his|her|their)[ \xa0]")
_CLAUSE_AFTER = re.compile(r"[ \xa0]+(?:the|a|an|its|his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+[ \xa0]+"
                           r"(?:was|were|is|are|had|has|have|would|will|could|should)\b")
_DEEDS_WITH_AN_OBJECT = frozenset(("maintains", "maintained", "lists", "listed", "shows", "showed"))
# A possessive of the outer speaker's own between the cue and "that" ("said in his email that")
_OWN_POSSESSIVE = re.compile(r"[ \xa0]+(?:in|on|at|by)[ \xa0]+(?P<own>his|her)[ \xa0]+[a-z-]+[ \xa0]+that\b")
# A quote opening with another's words to the speaker ('"Kacabening told us the panels would last
# 25 years," X said.'), closed before a cue set after it: its subject and nested verb.
_QUOTED_TOLD = re.compile(r"[\"\u201c](?P<subject>(?!(?:I|We|You|No|Nobody|Everyone|Someone|They|He|She|It)\b)"
                          r"[A-Z][^\"\u201c\u201d,;:]{0,40}?)[ \xa0]+(?:had[ \xa0]+)?(?:told|promised|assured|informed)"
                          r"[ \xa0]+(?:us|me|them)\b(?![ \xa0]+(?:to|not)\b)")  # (not a directive: "told us to go")
_QUOTED_CLOSING = re.compile(r",[\u201d\"][ \xa0]+[^,;:\u201c\u201d\"]{1,60}?[ \xa0]+(?:said|says|added)"
                             r"[.!]?[ \xa0]*\Z")
# Cues that may report an act rather than words ("X has asked for a meeting"), and a cue that
# closes the sentence after a comma (", Ingleworth said.", ", the ministry said in a statement.").
_ACT_CUES = frozenset(("asked", "requested", "demanded", "called", "urged", "pressed", "appealed"))
_CLOSING_CUE = re.compile(r",[ \xa0]+(?:(?!(?:but|though|although|while|and|yet|as|whereas)\b)"
                          r"(?:[^,;:\u201c\u201d\"]{1,60}?)[ \xa0]+(?P<cue>said|says|added|told[ \xa0]+[a-z]+)"
                          r"(?:[ \xa0]+(?:on|in|at)[ \xa0]+[^,;]{1,30})?"
                          # ... or "according to" someone ("The department had answered that ..., according
                          # to Bondoc.")
                          r"|(?P<according>according[ \xa0]+to)[ \xa0]+[^,;:\u201c\u201d\"]{1,40}?)"
                          r"[.!]?[\u201d\"]?[ \xa0]*\Z")
# A crowd heading a phrase whose place or body follows ("Officials at the ").
_CROWD_OF = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]+s)[ \xa0]+(?:at|in|from|of|with)[ \xa0]+(?:the[ \xa0]+)?\Z")
# Expressive speech acts: cues, but the sentence's other cues carry its claim first.
_EXPRESSIVES = frozenset(("thanked", "congratulated"))
# A relative pronoun after a comma, before a cue ("X, which warned that").
_RELATIVE_END = re.compile(r",[ \xa0]+(?:which|who)\Z", re.IGNORECASE)
# A verb in the past telling what someone did (not one that says: "who saw the carcasses", "who came
# in May").
_DID = (r"(?:saw|came|met|reached|called|phoned|rang|contacted|visited|drove|rode|flew|took|brought|led|ran|sold"
        r"|bought|examined|inspected|spoke[ \xa0]+to|came[ \xa0]+with|answered|picked[ \xa0]+up)(?=[ \xa0,]|\Z)")
# A relative clause with no comma telling what someone did, before the verb ("... who visited
# the estate on Wednesday said").
# ... or a participle's phrase of where they were ("a society volunteer riding on the footplate had
# shouted").
_WHO_DID = re.compile(r"(?<=[\w'\u2019])[ \xa0]+(?:who[ \xa0]+(?:had[ \xa0]+)?(?:visited|inspected|toured|examined"
                      r"|checked|surveyed|tested|treated|went[ \xa0]+to|came[ \xa0]+to|(?P<did>" + _DID
                      + r"|[a-z]{3,}ed(?=[ \xa0]+(?:the|a|an|his|her|their|its)[ \xa0])))"
                      # ... or a clause with no "who" telling how the outer speaker reached them ("a ministry
                      # official she reached by telephone on Wednesday had told her")
                      r"|(?<![A-Z][\w'\u2019-])(?P<reached>(?:she|he|they|we|I)[ \xa0]+(?:had[ \xa0]+)?" + _DID + ")"
                      r"|(?<![A-Z][\w'\u2019-])(?:riding|standing|sitting|posted|stationed|waiting|travelling"
                      r"|traveling)[ \xa0]+(?:on|in|at|by|near|beside)[ \xa0]"
                      # ... or of the shift they worked ("a hospital doctor working the night shift had", "a nurse
                      # on the night shift had")
                      r"|(?:working|on)[ \xa0]+(?:(?:the|a|an)[ \xa0]+(?:[a-z-]+[ \xa0]+)?shift|nights|late)"
                      r"(?=[ \xa0,]|\Z))")
# What follows whom a verb tells when it tells of a thing, no claim ("informed the agency of").
_OF_A_THING = re.compile(r"[ \xa0]+(?:of|about|on(?![ \xa0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                         r"|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|\d"
                         # (nor the means: "told stewards on their radios to")
                         r"|(?:the|their|his|her|its|a)[ \xa0]+(?:radios?|(?:tele)?phones?|loudspeakers?|intercom)\b)"
                         r")|nothing|little)(?![\w-])")  # (not "on Tuesday": a time)
# ... but "of" naming whom a head heads, then what to do ("had told its head of security to close"): told
# someone to act, as a directive in words
_HEAD_OF_TOLD_TO = re.compile(r"(?:(?<=\bhead)|(?<=\bchief)|(?<=\bdirector)|(?<=\bmanager))"
                              # (not "of its plan to")
                              r"[ \xa0]+of[ \xa0]+(?!(?:the|a|an|its|his|her|their|our|this|that)\b)"
                              r"(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+"
                              r"[ \xa0]+(?:(?:not|never)[ \xa0]+)?to[ \xa0]+"
                              r"(?!(?:the|a|an|its|his|her|their|this|that)\b)[a-z]+")  # (a verb: not "to the talks")
# Between an outer cue set in commas and the inner verb ("Y, she said, had told ...").
_AFTER_PARENTHESIS = re.compile(r",[ \xa0]+(?:had|has|have)[ \xa0]+(?:(?:also|once|previously|[a-z]+ly)[ \xa0]+)?")
# The outer cue set in commas: a short subject and the cue's verb (", she said", ", X told the court").
_PARENTHESIS = re.compile(r",[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,3}[a-z]+(?:[ \xa0]+(?:the|a)[ \xa0]+[a-z]+)?")
# A pronoun right after a cue, the subject of the next cue ("said they expected"): the
# first cue's speaker again.
_ITS_OWN_SUBJECT = re.compile(r"[ \xa0]+(?:that[ \xa0]+)?(?:they|he|she|it)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?")
# A company by its plainest nouns ("the company's supervisors", "staff at the operator"), not by
# its trade ("the supplier", "the importer": often one the story never names).
_PLAIN_COMPANY = frozenset(("company", "firm", "operator"))
# A verb of finding right before a statement cue ("the court found in a report").
_FINDING_BEFORE = re.compile(r"(?<![\w-])(?:found|concluded|reported|estimated|wrote)[ \xa0]+\Z")
# "The service's chief fire officer, X,": a head of a body described, then the person named.
_HEAD_ROLE = (r"(?:[a-z-]+[ \xa0]+){0,3}?(?:chair|chairman|chairwoman|chairperson|president|director|head|chief"
              r"|executive|officer|secretary|leader|manager|governor|commissioner|registrar)"
              r"(?:[ \xa0]+(?:of|for)[ \xa0]+[a-z-]+(?:[ \xa0]+[a-z-]+)?)?,")  # ("director of vaccination,")
_DESCRIBED_HEAD = re.compile(rf"[Tt]he[ \xa0]+(?P<noun>{'|'.join(ORG_NOUNS)})['\u2019]s[ \xa0]+" + _HEAD_ROLE)
# A body someone came from or spoke for, in a clause of what they did ("who came from the", "who called
# on behalf of", "who answered the phone at").
_FROM_A_BODY = re.compile(r"\b(?:from|for|at|of|behalf[ \xa0]+of)[ \xa0]+(?:the[ \xa0]+)?[A-Z]|\b(?:from|for|at|behalf"
                          r"[ \xa0]+of)[ \xa0]+the[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:" + "|".join(ORG_NOUNS) + r")\b")
# The word that marks a body as the speaker's own ("Lamigan's own engineers").
_OWN = re.compile(r"\bown\b")
# ... but not one set before an outer cue in commas ("The agency's chief executive, he said, had told")
_PARENTHETICAL_PRONOUN = re.compile(r",[ \xa0]+(?:he|she|they|it|I|we)[ \xa0]+\Z")
# ... and after the name ("X, the council's registrar, said")
_DESCRIBED_HEAD_AFTER = re.compile(rf",[ \xa0]+the[ \xa0]+(?P<noun>{'|'.join(ORG_NOUNS)})['\u2019]s[ \xa0]+"
                                   + _HEAD_ROLE)
# ... or before the name closing a clause ("Keepers found her ..., the zoo's director, X, said")
_DESCRIBED_HEAD_CLOSING = re.compile(rf",[ \xa0]+the[ \xa0]+(?P<noun>{'|'.join(ORG_NOUNS)})['\u2019]s[ \xa0]+"
                                     + _HEAD_ROLE
                                     + r"[ \xa0]+[A-Z][\w'\u2019-]*(?:[ \xa0]+[A-Z][\w'\u2019-]*){0,3},?[ \xa0]*\Z")
# Where a passive's agent phrase ends: a phrase of time or place, "that", or a stop.
# A body named by a described noun or by a capitalised word's possessive ("the foundation", "Mmila's").
_BODY_MENTIONED = re.compile(r"\bthe[ \xa0]+(?P<noun>[a-z-]+)\b(?!['\u2019])|\b(?P<first>[A-Z][\w-]+)['\u2019]s\b")
_PASSIVE_AFTER = re.compile(r"[ \xa0]+(?:had|has|have)[ \xa0]+been[ \xa0]"
                            r"|[ \xa0]+(?:was|were)[ \xa0]+[a-z]+ed[ \xa0]+by\b")
# Words for a body's staff or units ("inspectors", "control room").
_STAFF_NOUN = (r"(?:inspectors?|engineers?|staff|supervisors?|managers?|officers?|officials?|surveyors?|foreman|foremen"
               r"|dispatchers?|technicians?|clerks?|employees?|workers?|agents?|buyers?|sales(?:man|men|woman|women)|representatives?|owners?"
               r"|fitters?|installers?|mechanics?|electricians?|stewards?|coordinators?|committee|armourers?"
               r"|arrangers?|guides?|nurses?|doctors?|(?:field|survey|technical|legal)[ \xa0]+team"
               r"|researchers?|accountants?|chemists?|geologists?|observers?|arbiters?"
               r"|control[ \xa0]+room|helpline"
               r"|call[ \xa0]+cent(?:re|er))")
_STAFF_WORD = re.compile(r"\b" + _STAFF_NOUN + r"\b")
# A vessel whose crew are its operator's staff ("the ship's chief engineer").
_VESSELS = frozenset(("ship", "vessel", "ferry"))
_OWNERS = re.compile(r"\bowners?\Z")
_AN_OWNER = re.compile(r"\bowners?\b")  # (an owner the story spoke of before: maybe a person named)
# ... after the words that name their body ("its own surveyor", "'s inspectors").
_STAFF_AFTER = re.compile(r"(?:['\u2019]s)?[ \xa0]+(?:own[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}?" + _STAFF_NOUN + r"\b")
# A passive's agent that is unnamed staff of a body: "its (own) chief inspector", "the ministry's
# control room", "Yeliba's supervisors", "prison staff".
_AGENT_STAFF = re.compile(
    # (a plural's possessive too: "the glassworks' sales manager")
    r"[ \xa0]*(?P<owner>(?P<its>its)|the[ \xa0]+(?P<noun>[a-z-]+)(?=['\u2019]s|(?<=s)['\u2019][ \xa0])"
    r"|(?P<first>[A-Z][\w-]+)(?=['\u2019]s)"
    r"|(?:an?|one)[ \xa0]+(?P<modifier>[A-Z][\w-]+)(?=[ \xa0]+[a-z])"  # ("a Yamabukiya employee")
    r"|(?P<unit>[a-z]+)(?=[ \xa0]+staff\b)"
    # ... or officials of a body's kind ("department officials"; not "health inspectors", of no body named so)
    rf"|(?P<kind>{'|'.join(ORG_NOUNS)})(?=[ \xa0]+(?:officials|officers|inspectors)\b))"
    r"(?:['\u2019]s?)?[ \xa0]+(?P<own>own[ \xa0]+)?"
    r"(?P<staff>(?:(?!former\b|retired\b|ex-|sacked\b|dismissed\b|fired\b|outside\b|independent\b)"
    r"[a-z-]+[ \xa0]+){0,2}?(?:" + _STAFF_NOUN + r"|administration|management))")  # (not those who left: no one's)
_AGENT_PHRASE_END = re.compile(r"[ \xa0]+(?:in|on|at|last|that|during|before|after|when|to)(?![\w-])|[,;.]")
# A relative clause set off after a name (", which represents", ", who runs"), and a quote mark.
_RELATIVE_OPENS = re.compile(r",[ \xa0]+(?:which|who|whose)[ \xa0]")
_RELATIVE_WORDS = (["which"], ["who"], ["whose"], ["where"])  # (as a clause's first word, split)
_RELATIVE_OR_WHERE = re.compile(r",[ \xa0]+(?:which|who|whose|where)[ \xa0]")
# What an order tells its addressee to do ("told staff on Friday not to").
_ORDER_AFTER = re.compile(r"[^.;:,\u201c\"]{0,60}?[ \xa0](?:not[ \xa0]+)?to[ \xa0]+[a-z]")
# Someone unnamed ("a man fishing under the bridge") as the subject before a nested verb.
_SOMEONE_UNNAMED = re.compile(r"[ \xa0]*(?:a|an|one|two|three|some|several)[ \xa0]+[a-z][^,;:\u201c\"]{0,60}")
# Someone described by where they work, up to its name ("a harbour master of the", "the dispatcher
# at"; not "a passenger who had flown with").
_SOMEONE_AT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne[ \xa0]+of[ \xa0]+the|[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+"
                         r"(?:(?!(?:who|which|that|had|has|was|were|is|are)[ \xa0])[a-z-]+[ \xa0]+){1,3}?"
                         # ... or staff in the plural with no determiner ("colleagues at the X Institute")
                         r"|(?:[Cc]olleagues|[Ss]cientists|[Rr]esearchers|[Ee]ngineers|[Tt]echnicians|[Dd]octors"
                         r"|[Nn]urses|[Mm]anagers|[Ee]mployees|[Ss]taff|[Aa]dvis[eo]rs|[Aa]ides|[Cc]lerks)[ \xa0]+)"
                         r"(?:at|of|from|with|on)[ \xa0]+(?:the[ \xa0]+)?")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \xa0]+[A-Z][\w'\u2019-]*)*")
# ... or by a body described, whose unit they work in ("at the assembly's offices", "on the
# service's hotline"): the body's noun.
_OWNER_NOUN = re.compile(r"the[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?P<noun>[a-z-]+)['\u2019]s[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?"
                         r"[a-z-]+\Z")  # ("the labour ministry's Lekhtai office": the ministry)
# A lead's closing speaker, a body described ("..., a legal aid group said on Sunday.", "..., the
# board that runs it said", "..., their association said, leaving ...", "..., the region's potato
# growers' cooperative said", "..., a national association of deaf people said").
# ... or by staff named by their trade ("doctors treating them at the town's hospital said").
_LEAD_STAFF_WORDS = (r"(?P<staff>(?:(?:the|local|two|three|several|some)[ \xa0]+)?(?:[a-z-]+[ \xa0]+)?"
                     r"(?P<trade>doctors|nurses|surgeons|physicians|firefighters|rescuers|lifeguards|rangers)"
                     r"(?:[ \xa0]+(?:treating|who[ \xa0]+[a-z]+ed|at|in|from|on)\b[^,;\u201c\"]{0,60}?)?)")
_LEAD_STAFF = re.compile(r",[ \xa0]+" + _LEAD_STAFF_WORDS + r"[ \xa0]+(?P<cue>said|says|reported|confirmed|warned)\b"
                         # ... or after "according to" ("..., according to doctors at the district hospital."),
                         # its groups named "a_staff", "a_trade" (a pattern may not name two groups alike)
                         r"|,[ \xa0]+(?P<according>according[ \xa0]+to)[ \xa0]+"
                         + _LEAD_STAFF_WORDS.replace("?P<", "?P<a_") + r"[.]")
_LEAD_DESCRIBED = re.compile(
    r",[ \xa0]+(?P<described>(?:(?:the|a|an|their|its|his|her)[ \xa0]+"
    r"(?:(?P<town>[A-Z][\w-]+)[ \xa0]+(?=[a-z]))?"  # ("a Kamenodol court has ruled")
    r"(?:[a-z-]+['\u2019]s?[ \xa0]+)?"
    r"|[A-Z][\w-]*['\u2019]s[ \xa0]+|(?=(?:[a-z-]+[ \xa0]+)?(?:auditors|inspectors|scientists|investigators"
    r"|organi[sz]ers)\b))"
    r"(?:[a-z-]+(?:['\u2019]s?)?[ \xa0]+){0,4}?(?P<noun>[a-z-]+))"
    r"(?:[ \xa0]+(?:that|which)[ \xa0]+[a-z]+[ \xa0]+(?:[\w-]+(?:['\u2019]s?)?[ \xa0]+){0,3}?"
    r"(?:it|them|[a-z-]+['\u2019]?)"
    r"|[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?"
    r"(?P<of>(?:[a-z-]+['\u2019]s?[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,3}?[a-z-]+)"
    # ... or a participle's phrase ("a group representing the company's agents")
    # ... or where it is ("the university hospital in the city", "the fire service in the capital")
    r"|[ \xa0]+(?:in|at)[ \xa0]+(?:the|this|that)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?:town|city|capital|village|port"
    r"|region|province|district)(?:[ \xa0]+of[ \xa0]+[A-Z][\w'\u2019-]*)?"
    r"|[ \xa0]+(?:representing|running|owning|operating|overseeing|regulating|monitoring|organising|organizing)"
    r"[ \xa0]+(?:the|a|an|its|their|most|many|some)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,3}?[\w'\u2019-]+"
    # ... or the patients it treats ("the hospital treating her", "the hospital where she is being treated")
    r"|[ \xa0]+(?:treating|caring[ \xa0]+for)[ \xa0]+(?:him|her|them|the[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+)"
    r"|[ \xa0]+where[ \xa0]+(?:he|she|they|the[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+)[ \xa0]+(?:is|are|was|were)"
    r"[ \xa0]+(?:being[ \xa0]+)?treated"
    # ... or the one someone founded or led ("the patrol she founded said")
    r"|[ \xa0]+(?:he|she|they)[ \xa0]+(?:had[ \xa0]+)?(?:founded|formed|set[ \xa0]+up|started|built|led|ran|headed"
    r"|chaired|joined))?"
    r"[ \xa0]+(?:has[ \xa0]+|have[ \xa0]+)?(?P<cue>said|says|announced|acknowledged|concluded|estimated|reported"
    r"|warned|found|admitted|confirmed|conceded|cautioned|insisted|revealed|disclosed|noted|ruled"
    r"|charged|alleged|claimed|argued|stated|explained|complained|maintained|contended|asserted|declared"
    r"|predicted|calculated|wrote|added)"
    r"\b(?:[ \xa0]+(?:on|in|late|early|after)[ \xa0]+[^,.;]{1,60})?"
    r"(?:[.]|,[ \xa0]+(?:[a-z]+ing|after|as|when|while|because|since|and|days|weeks|a[ \xa0]+(?:day|week))\b)")
# ... or one set after "according to" ("..., according to the city's health office.", "according to
# the national aviation regulator.").
_LEAD_ACCORDING = re.compile(
    r",[ \xa0]+(?P<cue>according[ \xa0]+to)[ \xa0]+(?P<described>(?:the|a|an|their|its)[ \xa0]+"
    r"(?:[a-z-]+['\u2019]s?[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,4}?(?P<noun>[a-z-]+))"
    r"(?:[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?(?P<of>(?:[a-z-]+[ \xa0]+){0,3}?[a-z-]+))?[.]\Z")
# A possessive pronoun opening a phrase ("His superiors", "her manager").
_OWNER_OPENS = re.compile(r"(?:his|her|their|its|my|our)\b", re.IGNORECASE)
# Those who run an event, closing a lead ("..., race organisers said."): the body named next.
_ORGANISERS = frozenset(("organisers", "organizers"))
# A body described opening a lead, up to its cue ("Mwambaza's central bank ", "The country's copyright
# office ", "Antigara's environment regulator has "), not a person's ("The country's top judge").
_LEAD_OPENER = re.compile(r"(?:(?P<article>[Tt]he|[Aa]n?)[ \xa0]+(?:[a-z-]+(?:['\u2019]s|s['\u2019])[ \xa0]+)?"
                          r"|(?P<place>[A-Z][\w-]*)['\u2019]s[ \xa0]+)"
                          r"(?P<words>(?:[a-z-]+[ \xa0]+){0,3}?)(?P<noun>[a-z-]+)"
                          r"(?:[ \xa0]+(?:has|have|on[ \xa0]+[A-Z][a-z]+day))?[ \xa0]+")
# ... and the verb after it in the past, before a participle closing the lead ("ordered", "has banned")
_OPENER_VERB = re.compile(r"(?<=[a-z])[ \xa0]+(?=(?:has[ \xa0]+|have[ \xa0]+)?(?:[a-z]+ed|took|set|cut|shut|put"
                          r"|withdrew|struck|threw|gave|made|won|lost|sent|sold|began|begun)\b)")
# A lead closed by its subject's participle (", saying", ", accusing").
_LEAD_PARTICIPLE = re.compile(r",[ \xa0]+(?P<cue>saying|accusing|ruling|arguing|warning|claiming|insisting|citing"
                              r"|blaming|complaining|conceding|cautioning|alleging|explaining|contending|noting"
                              r"|stressing|asserting|calling(?![ \xa0]+(?:off|in|on|for|out|up|back)\b)"
                              r"|maintaining(?=[ \xa0]+that\b)"
                              # (not "declaring a state of emergency": an act)
                              r"|(?:declaring|announcing|stating|reporting)(?=[ \xa0]+that\b))\b")
# ... or by the body of the people it is about, before its own cue anywhere in the lead ("..., and their
# union warned that", "..., which their cooperative says will", "..., their union said, three days after")
_THEIR_BODY_VOWING = re.compile(r"(?<![\w-])with[ \xa0]+(?P<their>their)[ \xa0]+"
                                r"(?P<words>(?:[a-z-]+[ \xa0]+){0,2}?)(?P<noun>[a-z]+)[ \xa0]+"
                                r"(?P<cue>vowing|warning|threatening|insisting|promising|demanding|saying"
                                r"|accusing|blaming|claiming)\b")
_THEIR_BODIES = frozenset(("union", "federation", "confederation", "association", "cooperative", "co-operative",
                           "guild", "syndicate"))  # (not "their club", "their party": any of several may be)
# The people of a trade a body's name shows ("Hauliers'", "Employers'", "Miners'"), and workers of no trade.
_TRADE_IN_NAME = re.compile(r"\b[A-Z][a-z]+(?:s['\u2019]|['\u2019]s)(?=[ \xa0]|$)")
_ANY_WORKERS = re.compile(r"\b(?:workers|employees|staff)\b")
_THEIR_BODY_BEFORE = re.compile(r"(?<![\w-])(?P<their>their)[ \xa0]+"
                                r"(?P<words>(?:[a-z-]+[ \xa0]+){0,2}?)(?P<noun>[a-z]+)"
                                r"[ \xa0]+(?:(?:has|have|also)[ \xa0]+)?$")
# ... or by authorities of a kind, where they are, and their verb ("Forestry authorities in the county of X
# banned", "Provincial authorities in southern Y have suspended")
_AUTHORITIES_OPENER = re.compile(r"(?P<kind>[A-Z][a-z]+)[ \xa0]+(?P<noun>authorities|officials)"
                                 r"(?:[ \xa0]+in[ \xa0]+[^,.;:]{1,80}?)?[ \xa0]+(?:has[ \xa0]+|have[ \xa0]+)?"
                                 r"(?:[a-z]+ed|took|set|cut|shut|put|withdrew|struck|gave|made|sent)\b")
# Words of the names of bodies that officials of a field work in ("Committee for Emergency Situations").
_OFFICIALS_BODY_WORDS = frozenset(("Ministry", "Department", "Committee", "Commission", "Office", "Authority",
                                   "Agency", "Service", "Directorate", "Administration", "Bureau", "Inspectorate",
                                   "Council", "Board"))
# Nouns for a public body that a story's lead may use for any kind of it ("Talawipa's forestry agency" for
# the "Talawipa Forestry Department", "Canjewa's fisheries regulator" for the "Canjewan Fisheries Department").
_PUBLIC_NOUNS = frozenset(("authority", "authorities", "agency", "service", "regulator", "watchdog", "department",
                           "office", "administration", "directorate", "bureau", "committee", "commission", "division"))
# ... or by a body described by what it does or whom it serves ("The association that represents nutmeg
# growers on Wailolo ", "A cooperative of hat weavers on X's coast "), up to its verb or its cue.
_RELATIVE_OPENER = re.compile(r"(?P<article>[Tt]he|An?)[ \xa0]+(?:[a-z'\u2019-]+[ \xa0]+){0,3}?"
                              r"(?P<noun>[a-z-]+)[ \xa0]+"
                              r"(?P<described>(?:that|which|who|of|in|on|for)[ \xa0]+[^,.;:\u201c\"]{1,140}?)"
                              r"(?:[ \xa0]+on[ \xa0]+[A-Z][a-z]+day)?[ \xa0]+(?:has[ \xa0]+|have[ \xa0]+)?")
# ... and the body described so opening a clause, before any name in the description ("The national park
# that covers the X plateau", "The council of a First Nation on X's river").
_DESCRIBED_OPENING = re.compile(r"(?:[Tt]he|An?)[ \xa0]+(?:[a-z'\u2019-]+[ \xa0]+){0,3}?(?P<noun>[a-z-]+)[ \xa0]+"
                                r"(?P<link>that|which|who|of|in|on|for)[ \xa0]")
# Words for a body a lead may describe by what it does, though no noun of a body elsewhere ("The national park
# that covers ...", "The elders who govern the atoll", "A clan on the island of X"): the one named next whose name
# holds the word.
_BODIES_TOO = frozenset(("park", "conservancy", "legislature", "elders", "clan", "chiefs", "parliament"))
# A body's act told as earlier than the story's ("had acquitted them in May").
_EARLIER_ACT = re.compile(r"[ \xa0]+had[ \xa0]")
# An outer cue that concedes, whose speaker goes on after "but" ("X acknowledged that the service had not
# tested it but argued that ...": X argued, not the service).
_CONCEDED = re.compile(r"\b(?:acknowledged|conceded|admitted|confirmed|accepted|agreed)\Z")
_BUT_OWN_VERB = re.compile(r",?[ \xa0]but[ \xa0]+(?:also[ \xa0]+|later[ \xa0]+)?\Z")
_THE_BEFORE = re.compile(r"\A[Tt]he[ \xa0]+")  # ("the Y Ministry of Trade": the name after "the")
# A minister's ministry as a cue's subject ("His ministry later added").
_HIS_MINISTRY = re.compile(r"(?:[Hh]is|[Hh]er)[ \xa0]+ministry")
# A body's head described by the body's noun ("The park's director", "The firm's managing director", "Its chair",
# "The head of the inspectorate").
_BODYS_HEAD = re.compile(r"(?:(?:[Tt]he[ \xa0]+(?P<owner>[a-z-]+)|(?P<its>[Ii]ts))['\u2019]?s?[ \xa0]+"
                         r"(?P<role>(?:(?:managing|chief|general|executive|deputy)[ \xa0]+)?(?:director|executive"
                         r"|chair|chairman|chairwoman|president|head|manager|owner|rector|dean|commissioner))"
                         r"|[Tt]he[ \xa0]+(?P<role2>head|director|chief)[ \xa0]+of[ \xa0]+the[ \xa0]+(?P<of>[a-z-]+))")
# ... and "His company", "Her agency" (the body the person heads or owns) opening a clause, then adverbs
# before its cue ("His company later confirmed").
_ADVERBS_TO_CUE = re.compile(r"(?:[ \xa0]+(?:later|also|then|since|separately|subsequently|itself|has|had))*[ \xa0]+")
_HIS_BODY = re.compile(r"(?P<pronoun>[Hh]is|[Hh]er)[ \xa0]+(?P<noun>company|firm|business|agency|authority|union"
                       r"|association|organisation|organization|group|club|federation|hospital|school|university)")
# A body's head named right before its name ("..., chief executive of ", "director-general of the "), and what
# may not come between a body's name and its own cue (another clause: "X had built it, Y said").
_HEAD_OF = re.compile(r"\b(?:director|executive|head|chief|owner|manager|president|chairman|chairwoman|chair|founder"
                      r"|spokesman|spokeswoman|spokesperson|secretary|commissioner|inspector|governor|rector|dean)"
                      r"(?:[ \xa0-]general)?[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?\Z"
                      r"|\bwho[ \xa0]+(?:chairs|heads|runs|leads|directs|manages|owns)[ \xa0]+(?:the[ \xa0]+)?\Z")
_NAME_BREAK = re.compile(r"[.;:\"\u201c\u201d]|\b(?:had|has|was|were|is|are|made|built|supplied)\b")
# Sentences after a lead in which a body it describes by what it does may be first named and heard.
_HEARD_REACH = 8
# Where a lead's second clause starts, whose subject a cue's may be (", and the company that runs it admitted",
# "... after the body that sets the papers confirmed").
_JOINED_CLAUSE = re.compile(r"(?:,[ \xa0]+and|[ \xa0](?:after|when))[ \xa0]+(?=(?:the|an?)[ \xa0])")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose|that)\b")
# A cue joined to the clause before it by "and" ("... suspended its supplier on Saturday and accused").
_AND_BEFORE = re.compile(r"[ \xa0]and[ \xa0]+\Z")
# A clause of its own between a lead's verb and its participle ("... after a court ordered them back, ruling").
_CLAUSE_BETWEEN = re.compile(r"\b(?:after|when|because|while|since|before|until|as)[ \xa0]+(?:a|an|the|its|his|her"
                             r"|their|[A-Z][\w-]*)\b")
# ... with a bare plural for its subject ("after prosecutors charged two divers").
_BARE_CLAUSE_BETWEEN = re.compile(r"\b(?:after|when|because|while|since|before|until|as)(?=[ \xa0]+[a-z-]+s[ \xa0])")
# ... the words of its subject, up to its verb ("a young tourist died": "young tourist").
_CLAUSE_SUBJECT = re.compile(r"[ \xa0]*(?:[\w'\u2019-]+[ \xa0]+){0,3}?(?=(?:[a-z]+ed|was|were|had|has|is|are|died|fell"
                             r"|broke|took|went|came|ran|sank|struck|hit|began|left"
                             # (a clause of time in the present: "until the rains return")
                             r"|returns?|comes?|ends?|begins?|starts?|arrives?|falls?|rises?|opens?|closes?)\b)")
# ... a verb of speech or of a ruling after it ("ruled", "charged", "warned").
_SPEECH_ACT = re.compile(r"(?:ruled|ordered|charged|found|warned|said|alleged|accused|declared|decided|complained"
                         r"|reported|demanded|asked|told|announced|claimed|argued|insisted|recommended|urged)\b")
# Nouns for a business that name a person too, after "A" or "An" ("A miner said", "A contractor said").
_PEOPLE_TOO = frozenset(("miner", "contractor", "builder", "broker", "printer", "producer", "developer", "maker",
                         "supplier", "importer", "exporter", "distributor", "publisher", "processor", "retailer",
                         "wholesaler", "shipper", "refiner", "manufacturer", "provider", "insurer", "lender",
                         "carrier", "operator", "brewer", "guard"))
# A lead closed by the staff or managers of a body described ("..., the castle's management said",
# "the band's managers said", "the city's firefighters said"): the body named next is theirs.
_LEAD_OWNED_STAFF = re.compile(r"the[ \xa0]+(?P<owner>[a-z-]+)['\u2019]s[ \xa0]+(?:[a-z-]+[ \xa0]+)?"
                               r"(?:management|managers|keepers|firefighters|staff|officials|officers|spokes(?:man|woman"
                               r"|person)|administrators|administration|curators|wardens|rangers|trustees|board"
                               r"|directors|engineers|inspectors|doctors)")
# Roles in a lead's closing that may be a body's ("the state auditor found": an audit office's).
_BODY_ROLES = frozenset(("auditor", "auditors", "inspectors", "scientists", "investigators", "planner", "controller"))
# Words that make a lead's staff a state body's ("government scientists", "the country's air accident
# investigators"): the first state body named next is theirs.
_STATE_STAFF = re.compile(r"\b(?:government|state|federal|national|country['\u2019]s|official)\b", re.IGNORECASE)
# Roles in a lead's closing that name no one person to be named next ("a witness", "a resident").
_NOT_ONE_PERSON = frozenset(("witness", "resident", "villager", "passenger", "student", "pupil", "worker", "farmer",
                             "official", "officer", "source", "member", "survivor", "relative", "neighbour"))
# Capitalised title words right before a name ("Finance Minister ", "Public Solicitor "), and those
# that tell no role ("Dr ").
_COURTESY_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "Sir", "Dame"))
_TITLE_BEFORE = re.compile(r"(?:[A-Z][a-z]+[ \xa0]+){1,3}\Z")
# A court described as the subject of a verb ("A labour court in X on Friday ordered", "an appeal
# court found"), and its ruling (", ruling that", "found that").
_DESCRIBED_COURT = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)[ \xa0]+(?:[A-Z][\w-]*[ \xa0]+)?|[A-Z][\w-]*['\u2019]s[ \xa0]+)"
    r"(?P<words>(?:[a-z-]+[ \xa0]+){0,2}?)(?P<noun>[Cc]ourt|[Tt]ribunal)"
    r"(?:[ \xa0]+(?:in|of|at|on)[ \xa0]+(?:the[ \xa0]+)?(?P<place>(?:[A-Z][\w-]*[ \xa0]+){0,2}?[\w-]+"
    r"(?:['\u2019]s(?:[ \xa0]+[a-z-]+){1,3}?)?))?"  # ("in Kampreah's capital", "on X's western coast")
    r"(?:[ \xa0]+(?:on|late[ \xa0]+on|early[ \xa0]+on)[ \xa0]+[A-Z][a-z]+)?"
    r"[ \xa0]+(?:has[ \xa0]+|had[ \xa0]+)?(?:[a-z]+ed|cut|upheld|struck|threw|found|set|overturned)\b")
_RULING = re.compile(r",[ \xa0]+(?P<cue>ruling|finding)[ \xa0]+that\b|(?<=court)[ \xa0]+(?P<found>found)[ \xa0]+that\b")
# Someone described as the subject of a nested verb ("the dealer's salesman", "one of the officers").
# ("his superiors had instructed", "her manager had instructed": the speaker's own superiors, not the speaker)
_SOMEONE_DESCRIBED = re.compile(r"(?:that[ \xa0]+)?(?:the|a|an|one[ \xa0]+of[ \xa0]+the|one[ \xa0]+of[ \xa0]+its"
                                r"|(?P<own>his|her|their)(?:[ \xa0]+own)?"
                                r"|the[ \xa0]+[a-z-]+['\u2019]s|an?[ \xa0]+[a-z-]+['\u2019]s"
                                r"|[A-Z][\w-]+['\u2019]s)"  # ("Tsqaro's site manager")
                                r"(?:[ \xa0]+[a-z-]+){0,2}?[ \xa0]+(?P<last>[a-z-]+)"
                                # ("his supervisor in Lenaware")
                                r"(?:[ \xa0]+(?:in|at|from)[ \xa0]+[A-Z][\w-]+"
                                # ... or where she works ("the manager of the supplier's depot")
                                r"|[ \xa0]+(?:of|at)[ \xa0]+the[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+['\u2019]s"
                                r"[ \xa0]+[a-z-]+)?"
                                # ("the security company that maintains the alarm")
                                r"(?:[ \xa0]+(?:that|which|who)[ \xa0]+[a-z][\w \xa0-]*)?")
# "the country's " or "the nation's " right before a capitalised name: a nation's body named by the rest
_COUNTRYS = re.compile(r"\bthe[ \xa0]+(?:country|nation)['\u2019]s[ \xa0]+\Z")
_OFFICE_WORDS = frozenset(("office", "department", "management", "headquarters", "bureau"))
# Who is over the speaker ("his superiors", "her manager"), not the speaker's own staff ("her engineers").
_SUPERIOR_WORDS = frozenset(("manager", "managers", "supervisor", "supervisors", "superior", "superiors", "boss",
                             "bosses", "commander", "commanders", "foreman", "employer", "employers"))
_LEAD_DETERMINERS = frozenset(("the", "a", "an", "their", "its"))
# A lead's subject described in words of its own, up to its verb: an article or a place's possessive,
# words, the head noun, then what it does or where it is ("The guild that speaks for ...", "Chiefs of
# the valley people who ...", "Searchers on Thursday", "Vågmark's labour inspectors").
_DESCRIBED_SUBJECT = re.compile(
    r"(?:(?:[Tt]he|An?)[ \xa0]+)?(?:[\w-]+['\u2019]s?[ \xa0]+){0,2}(?:[\w-]+(?:['\u2019]s?)?[ \xa0]+){0,3}?"
    r"(?P<head>[A-Za-z][a-z-]+['\u2019]?)"
    r"(?:[ \xa0]+(?:that|which|who|of|in|on|at|for|from|along|across|near|around)[ \xa0]+[^,.;:\u201c\"]{1,140}?)?"
    r"(?:[ \xa0]+on[ \xa0]+[A-Z][a-z]+day)?(?:[ \xa0]+(?:has|have))?[ \xa0]*")
_LOWER_RUN = re.compile(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*")  # (a whole word in lower case)
# Heads of a body described that name people but stand for the body ("Chiefs of the valley people",
# "Lawmakers in X", "Searchers"); and heads that name no body at all.
_HEADS_OF_BODIES = frozenset(("chiefs", "elders", "leaders", "lawmakers", "legislators", "searchers", "rescuers",
                              "organisers", "organizers", "investigators", "inspectors", "geologists", "auditors",
                              "miner"))
_NOT_A_BODY_HEAD = frozenset(("group", "groups", "people", "residents", "villagers", "families", "workers", "police",
                              "officials", "authorities", "government", "scientists", "researchers", "experts"))
_UNTIED_LEAD_WORDS = frozenset(("the", "a", "an", "of", "that", "which", "who", "in", "on", "at", "for", "from",
                                "its", "their", "country", "nation", "only", "largest", "biggest", "main", "has",
                                "have", "and", "to", "was", "were", "is", "are", "speaks", "runs", "represents",
                                "national", "state", "regional", "local", "central", "federal", "oldest", "top",
                                "leading", "country's", "nation's", "highest"))
# A place's possessive before a lead's body ("the country's", "the islands'"): no word of its name.
_PLACE_POSSESSIVE = re.compile(_PLACE_WORDS + r"(?:['\u2019]s|s?['\u2019])")
# "its (managing) director", "its chief executive" closing a lead, and how the next sentence
# introduces the one who holds that post ("X, who has run Y since 2024,", "X, its director,").
_ITS_HEAD = re.compile(r"its[ \xa0]+(?:managing|executive|general|acting)?[ \xa0]*"
                       r"(?:director|chief(?:[ \xa0]+executive)?|head|chairman|chairwoman|chair|president|principal"
                       r"|headteacher|headmaster|headmistress|rector|dean|governor|founder|owner|manager|coordinator)")
_RUNS_IT = re.compile(r",[ \xa0]+(?:who[ \xa0]+(?:has[ \xa0]+)?(?:runs?|heads?|headed|leads?|led|chairs?|directs?"
                      r"|manages?|managed)\b|(?:its|the)[ \xa0]+" + _HEAD_ROLE + ")")
# Whom a nested verb addresses when they are the speaker's colleagues ("had told them", "had instructed staff",
# "had told inspectors"): not him alone ("had told him": an outsider may be told), nor workers of another body.
_TO_COLLEAGUES = re.compile(r"[ \xa0]+(?:them|us|(?:the[ \xa0]+|their[ \xa0]+)?(?:[a-z]+[ \xa0]+)?"
                            r"(?:staff|colleagues|crews?|nurses|operators|supervisors|workers|engineers|drivers|guards|stewards|inspectors|rangers"
                            r"|officers|officials|controllers|forecasters|wardens|clerks|office))\b")
# ... and the bodies whose people report others' staff, not their own (a union official, a firefighter at a fire).
_OUTSIDERS = re.compile(r"\b(?:Union|Federation|Association|Guild|Fire|Rescue|Police|Ambulance)\b")
# An employee's own bosses ("his managers", "her station chief", "their depot chief", "her director").
_BOSSES = re.compile(r"(?:his|her|their)[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:managers?|supervisors?|superiors|bosses|boss"
                     r"|directors?|chiefs?|heads?|employers?|foreman|foremen|commanders?|sergeants?"
                     r"|superintendents?|permanent[ \xa0]+secretary"
                     r"|heads?[ \xa0]+of[ \xa0]+(?:department|section|unit|station)"
                     r"|(?:team|shift|crew|squad|section|unit|site)[ \xa0]+leaders?"
                     # ("his range officer", "her station officer": the officer over them)
                     r"|(?:range|station|watch|commanding|duty|post|area|divisional)[ \xa0]+officers?)\b",
                     re.IGNORECASE)
# A person's work given in apposition where she is first named ("X, 41, a painter at Y, said",
# "X, who drives for Y,"; not "X, secretary of the union,"): the words from the article to the comma.
_AT_WORK = re.compile(r"(?:,[ \xa0]+\d{1,3})?,[ \xa0]+(?P<work>(?:an?|the|one[ \xa0]+of[ \xa0]+the|who)[ \xa0]+"
                      r"[^,.;:\u201c\"]{1,60}?[ \xa0](?:at|for|with)[ \xa0][^,.;:\u201c\"]{1,60}?)(?=,)")
# Words for a body's figures and records, and for documents of any kind.
_FIGURE_WORDS = r"(?:figures|data|records|statistics|numbers)"
_DOCUMENT_WORDS = r"(?:figures|data|records|statistics|numbers|reports?|logs?|notices?|tests|surveys?|register)"
# A clause that opens with a document (up to 60 characters before the word) before its cue's verb.
_DOCUMENT_OPENING = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[Aa]n?)[ \xa0]+)?[^,;:\"\u201c]{0,60}?\b(?i:"
                               + _DOCUMENT_WORDS + r")\b")
_TESTS_OPENING = re.compile(r"(?i)(?:the[ \xa0]+)?(?:tests|surveys?)\b")  # (what "of" after them is about)
_APPOSITIVE_TO_CUE = r"(?:,[^,;:\"\u201c]{1,60},)?[ \xa0]+"
# A body's figures, records or reports opening a clause before its verb ("Figures from the board ", "Data
# published by the X Agency ", "Records posted on the authority's website ", "A notice on the agency's website ",
# "The directorate's inspection reports, seen by this agency, "), and the body's own ("The authority's own
# figures ", "Board figures ").
_FIGURES_OF = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)[ \xa0]+)?(?:(?:[Ll]atest|[Oo]fficial|[Ll]ast)[ \xa0]+)?"
                         r"(?i:" + _DOCUMENT_WORDS + r")[ \xa0]+"
                         r"(?:(?:published|kept|released|compiled|gathered|collected|issued|provided|posted)[ \xa0]+)?"
                         r"(?:(?P<on>on)|from|by|(?P<of>of))[ \xa0]+(?P<owner>[^,;:\"\u201c]{2,80}?)"
                         r"(?(on)['\u2019]s[ \xa0]+website|)" + _APPOSITIVE_TO_CUE)
_OWNERS_FIGURES = re.compile(r"(?P<owner>(?:[Tt]he[ \xa0]+)?[^,;:\"\u201c]{2,60}?)(?:['\u2019]s[ \xa0]+(?:own[ \xa0]+)?"
                             r"(?:[a-z-]+[ \xa0]+){0,2}?" + _DOCUMENT_WORDS
                             + r"(?:[ \xa0]+(?:to|for)[ \xa0]+[^,;:\"\u201c]{1,40}?)?"
                             r"|[ \xa0]+" + _FIGURE_WORDS + ")" + _APPOSITIVE_TO_CUE)
# After "according to": a body's records ("the drilling log of the X Service,", "records kept by the board,"),
# or the figures it took ("figures the inspectorate took from the tram's data recorder,").
_RECORD_WORDS = (r"(?:figures|data|records|statistics|numbers|reports?|logs?|registers?|tests|surveys?|readings"
                 r"|measurements)")
_RECORDS_OF = re.compile(r"[ \xa0]+(?:(?:the|a|an|its|their)[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}?" + _RECORD_WORDS
                         + r"[ \xa0]+(?:(?:published|kept|released|compiled|gathered|collected|issued|taken)"
                         r"[ \xa0]+)?(?:of|from|by)[ \xa0]+(?P<owner>[^,;:\"\u201c]{2,80}?),")
_RECORDS_TAKEN = re.compile(r"[ \xa0]+(?:(?:the|its|their)[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}?" + _RECORD_WORDS
                            + r"[ \xa0]+(?:that[ \xa0]+)?(?P<owner>(?:the[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+)"
                            r"[ \xa0]+(?:took|collected|gathered|compiled|published|released|kept|drew|made)\b")
# Someone over others at work described by the job alone, or by a word of the workplace before it ("the
# cellar master", "the duty manager", "the plant's shift manager"; not "the provincial health director", an
# official of another body, nor "the driver" or "the lawyer", whoever employs them).
_DESCRIBED_BOSS = re.compile(r"(?:the|a|an)[ \xa0]+(?:(?P<owner>[a-z-]+)['\u2019]s[ \xa0]+)?"
                             r"(?:(?:shift|duty|night|night-shift|day|cellar|site|area|floor|depot|station|plant|works"
                             r"|warehouse|branch|store|production|operations|finance|sales|technical|maintenance"
                             r"|general|deputy|assistant|senior|crew|team|ward|managing|executive|permanent|line"
                             r"|section|head|chief)[ \xa0]+){0,2}"
                             r"(?:managers?|supervisors?|bosses|boss|directors?|chiefs?|heads?|foreman|foremen|master"
                             r"|captain|superintendents?|organisers|organizers|leaders?|secretary"
                             # ("the head steward", "the chief pilot", "the head of the physics unit")
                             r"|(?:head|chief)[ \xa0]+(?!(?:of|office|offices|quarters)\b)[a-z-]+"
                             r"|head[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?"
                             r"(?:[a-z-]+[ \xa0]+)?(?:unit|department|section|ward|team|shift|crew|desk|admissions))")
# ... whose workplace word before it may be the employer's (not another body's: "the union's leader")
_BOSS_OWNERS = frozenset(("plant", "press", "works", "mine", "yard", "site", "factory", "mill", "workshop",
                          "laboratory", "office", "company", "firm", "department", "unit", "ward", "clinic", "depot",
                          "station", "store", "branch", "warehouse", "kitchen", "cellar", "farm", "hotel", "resort",
                          "spa", "rink", "boat", "ship", "vessel", "crew", "team", "shift"))
# Officers or their commanders as an inner speaker, up to a relative clause ("a police officer who
# spoke at a school assembly", "the city's police commander", "his station head").
_POLICE_STAFF = re.compile(r"(?:that[ \xa0]+)?(?P<who>(?:(?:a|an|the|his|her|their|one[ \xa0]+of[ \xa0]+the)[ \xa0]+)?"
                           r"(?:[a-z-]+(?:['\u2019]s)?[ \xa0]+){0,3}?(?:officers?|commanders?|superiors|constables?"
                           r"|station[ \xa0]+(?:head|chief)))(?:[ \xa0]+(?:who|he|she)[ \xa0][^,;]{1,60})?")
_POLICE_WORD = re.compile(r"\b(?:police|policem[ae]n|policewom[ae]n|constable|sub-inspector)\b", re.IGNORECASE)
# A role owned by a body right after an inverted cue ('"...," said its head, X', "said the group's head, X").
_OWNED_ROLE_AFTER = re.compile(r"[ \xa0]+(?:its|their|the[ \xa0]+[a-z-]+['\u2019]s)[ \xa0]+")
_NOUN_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<noun>[a-z]+)[ \xa0]+\Z")  # ("council " before "officials")
_BODY_NOUN = re.compile(r"the[ \xa0]+(?P<noun>[a-z-]+)")  # ("at the hospital": the body it stands for)
_QUOTE_MARK = re.compile(r"[\u201c\u201d\"]")
_THAT = re.compile(r"(?<![\w-])that(?![\w-])")
# A second reported clause ("X said she had written to Y, and that Y had replied that").
# (not before a pronoun, which may stand for the first clause's subject: "and that it had warned")
_AND_THAT = re.compile(r"(?:,[ \xa0]*|[ \xa0]+)and[ \xa0]+that[ \xa0]+(?!.*[ \xa0]and[ \xa0]+that[ \xa0])"
                       r"(?!(?:it|he|she|they|we|I)[ \xa0])")
# A nested verb joined to an earlier verb of its subject ("Y had inspected the ship and had
# told"), and the first auxiliary after the outer cue, where that subject's own verb starts.
_JOINED_VERB = re.compile(r"(?<=[^\s,;])[ \xa0]+(?:and|but)[ \xa0]+(?:(?:had|has|have)[ \xa0]+)?"
                          r"(?:[a-z]+ly[ \xa0]+)?\Z")  # (not after a comma: ", and told reporters" is X's)
_FIRST_AUXILIARY = re.compile(r"(?<![\w-])(?:had|has|have)[ \xa0]+(?P<passive>been[ \xa0]+)?")
# ... or, with none, a verb of a visit or a call in the past ("Y visited the mill and told"), where
# Y's own verb starts.
_FIRST_PAST_VERB = re.compile(r"(?<=[a-z])[ \xa0]+(?=(?:visited|inspected|called|phoned|rang|came"
                              r"|went|met|wrote|arrived|turned[ \xa0]+up|looked|checked|drove)\b)")
# A clause of its own between the outer cue and an inner speaker ("X argued that Y had
# misread what Z had told him"): the inner verb is deeper than the outer cue's content.
# A clause of time or cause set after the reported clause's verb ("had noticed the fault when a
# driver complained").
_WHEN_CLAUSE = re.compile(r"(?<![\w-])(?:had|has|have|was|were)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,8}?"
                          r"(?:when|after|because|until|since)[ \xa0]+(?:a|an|the|his|her|its|their|he|she|they|it"
                          r"|[a-z]+s)"  # ("after tourists complained that")
                          r"(?:[ \xa0]+[\w-]+){0,3}[ \xa0]+\Z", re.IGNORECASE)
_DEEPER = re.compile(r"(?<![\w-])(?:had|has|have|was|were|is|are|would|will|could|did|does|what|which)(?![\w-])",
                     re.IGNORECASE)
# What no run of appositives holds: a conjunction (a list of names), a quote, a clause break.
_APPOSITIVE_BREAK = re.compile(r"(?<![\w-])(?:and|or|but|who|which|that)(?![\w-])|[\u201c\u201d\";:()]",
                               re.IGNORECASE)
# A relative clause's verb before its object ("that owns it", "which runs them").
_RELATIVE_VERB_END = re.compile(r"(?<![\w-])(?:that|which|who)[ \xa0]+(?:[a-z]+[ \xa0]+)?[a-z]+[ \xa0]+\Z")
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her"))
# A determiner right before a cue word, which makes it a noun ("was not named in the report.").
_DETERMINER_END = re.compile(r"(?<![\w-])(?:the|a|an|its|his|her|their|this|that|these|those|whose)[ \xa0]+\Z",
                             re.IGNORECASE)
# A letter, call or message "to" someone right before a nested verb's subject found: that one is
# its addressee, not its speaker ("an inspector's letter to the company in March had warned").
_ADDRESSEE_BEFORE = re.compile(r"\b(?:letter|letters|message|messages|email|emails|call|calls|note|notice|memo"
                               r"|complaint|complaints|report|reply)[ \xa0]+to[ \xa0]+\Z")
# Staff of a body described ("the association's integrity officer", "the institute's engineers").
_BODYS_STAFF = re.compile(r"the[ \xa0]+(?P<noun>[a-z-]+)['\u2019]s[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
                          r"(?:officers?|engineers?|inspectors?|staff|officials?|experts?|scientists?|researchers?"
                          r"|technicians?|doctors?|nurses?|rangers?|wardens?|instructors?|teachers?|managers?)")
# A nested verb's addressee that is the outer speaker ("had assured him", "had told her").
_TO_THE_SPEAKER = re.compile(r"[ \xa0]+(?:him|her|me|us|them)\b")
# A notice or sign on a body's door or gate ("a notice on its shack", "a sign pinned to the X's door").
_POSTED_NOTICE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:notice|sign|note|poster)[ \xa0]+"
                            r"(?:(?:posted|pinned|taped|hung|stuck|put[ \xa0]+up|left)[ \xa0]+)?(?:on|to|at)[ \xa0]+"
                            r"(?P<owner>its|their|(?:the[ \xa0]+)?[\w'\u2019 \xa0-]{1,60}?['\u2019]s?)[ \xa0]+"
                            r"(?:front[ \xa0]+|main[ \xa0]+)?(?:doors?|gates?|shack|windows?|walls?|entrance|counter"
                            r"|shutters?|fence|website)\b")
_NOTICE_SAYS = re.compile(r"(?:[ \xa0]+(?:on|late|early|last|this)[ \xa0]+[\w-]+)?"  # ("on Saturday said")
                          r"[ \xa0]+(?P<cue>said|says|read|reads)\b")
_ACCORDING_END = re.compile(r"\baccording[ \xa0]+to[ \xa0]+\Z", re.IGNORECASE)
# A verb in the past that makes a clause of the words after an inverted cue ("paid", "warned").
_PAST_VERB = re.compile(r"[a-z]+ed|paid|told|gave|sent|met|made|took|sold|bought|left|found|brought|kept|owed|hit"
                        r"|cut|put|let|ran|saw|got")
# A determiner before an -ing word, which makes it a noun ("every warning", "no saying").
_NOUN_DETERMINER = re.compile(r"(?<![\w-])(?:the|a|an|every|each|any|no|this|that|its|his|her|their)[ \xa0]+\Z",
                              re.IGNORECASE)
_NO_SPEAKER = ("nobody", "no one", "no\xa0one", "before", "until", "without")  # (of _NEGATED_INNER's matches)
# A negation right before a nested verb ("had not told", "had never warned"): no inner speech.
# ... or one that did not happen ("the alarm that should have warned staff"): no inner speech
_NEGATED_INNER = re.compile(r"(?:(?<![\w-])(?:not|never|(?:should|would|could|might|must)[ \xa0]+have)|n['\u2019]t)"
                            r"[ \xa0]+\Z"
                            # ("nobody had informed it that", "no one had told them")
                            r"|(?<![\w-])(?:nobody|no[ \xa0]+one)"
                            # ("nobody from the school had called her", "no one at the station had told her")
                            r"(?:[ \xa0]+(?:from|at|in|of|on|with)[ \xa0]+[^,.;:\u201c\"]{1,70}?)?"
                            r"[ \xa0]+(?:(?:had|has|have|ever|[a-z]+ly)"
                            r"(?:[ \xa0]+(?:ever|[a-z]+ly))?[ \xa0]+)?\Z"  # (or "nobody told them")
                            # ("before anyone told swimmers to get out")
                            r"|(?<![\w-])(?:before|until|without)[ \xa0]+(?:anyone|anybody)[ \xa0]+(?:had[ \xa0]+)?\Z"
                            # ("it would fine the hospital if its inspection confirmed that")
                            r"|(?<![\w-])(?:if|unless|whether)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){1,4}\Z")
_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|but)\Z", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:from|in|near|of)(?![\w-])")  # "a pensioner from (the village of) X"
# What may stand between "according to" and its source: "the", or "figures (published) from (the)".
# A pronoun after "according to" ("According to her, ...") and the subject pronoun it stands as.
_OBJECT_PRONOUN = re.compile(r"[ \xa0]+(?P<pronoun>him|her|them)(?=[ \xa0]*[,.])", re.IGNORECASE)
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
# ... or an unnamed person by her work ("According to the ranger,", "according to the nurse,")
_ACCORDING_WORKER = re.compile(r"[ \xa0]+(?P<who>the)[ \xa0]+(?P<noun>[a-z]+)(?=,)")
_ACCORDING_SOURCE = re.compile(
    r"[ \t\xa0]*(?:(?:the|a|an)[ \t\xa0]+)?(?:(?:[\w-]+[ \t\xa0]+){0,3}?(?P<noun>[\w-]+)"
    r"(?:[ \t\xa0]+(?:published|released|compiled|issued|collected|provided)"  # "figures published by X"
    r"(?:[ \t\xa0]+(?:on|last|this|in|early|late)[ \t\xa0]+[\w-]+)?)?"  # ("published on Wednesday by X")
    r"[ \t\xa0]+(?:from|by|of|at)(?P<lead>)[ \t\xa0]+(?:the[ \t\xa0]+)?)?", re.IGNORECASE)
_THE = re.compile(r"[Tt]he[ \xa0]+")
_IT_OR_THEY = re.compile(r"(?P<pronoun>it|they)\b")
_THE_NOUN_OPENS = re.compile(r"[Tt]he[ \xa0]+(?P<noun>[a-z-]+)\b(?!['\u2019])")
# A body's own document after "according to" ("its website", "its annual accounts", "their records").
_ITS_DOCUMENT = re.compile(r"[ \t\xa0]+(?P<owner>its|their)[ \t\xa0]+(?:own[ \t\xa0]+)?(?:[\w-]+[ \t\xa0]+){0,2}?"
                           r"(?:website|records?|accounts|report|figures|data|filings?|register|minutes|statistics)\b")
# A document that its author published, named after it ("according to a report the X Office
# published on Tuesday", "according to an annual report it released on Wednesday").
_DOCUMENT_PUBLISHED = re.compile(
    r"[ \t\xa0]+(?:a|an|the)[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){0,2}?(?:report|study|survey|audit|review|analysis"
    r"|assessment|statement|letter|submission|filing)[ \t\xa0]+(?:that[ \t\xa0]+)?(?P<author>)")
_PUBLISHED_AFTER = re.compile(r"[ \t\xa0]+(?:had[ \t\xa0]+|has[ \t\xa0]+)?(?:published|released|issued|compiled"
                              r"|sent|filed|presented|submitted|made[ \t\xa0]+public)\b")
# The nouns that a source may be given by ("data from X", "a statement by X").
_SOURCE_NOUNS = SPOKESPERSON_NOUNS | {"data", "figures", "estimates", "statistics", "sources", "officials"}



def suggest_sources(
    text: str, sentences: Iterable[Span], sources: Iterable[object] | Registry
) -> list[Suggestion | None]:
    """Suggest, for each sentence, the source its claim is attributed to, or None (``sources``:
    registry entries, or a `Registry` built from them once)."""
    spans = list(sentences)
    registry = sources if isinstance(sources, Registry) else Registry(sources)
    article = _Article(text, spans, registry)
    for index in range(len(spans)):
        article.suggest(index)
    settled = continue_quotes(text, spans, article.results, article.quotes, article.cued, article.silent_spoken,
                              article.outer_spoken)
    forces = article.forces()
    return [_as_force(found.suggestion, forces) if found and not article.a_place(found.suggestion) else None
            for found in settled]


def _as_force(suggestion: Suggestion | None, forces: dict[str, str]) -> Suggestion | None:
    """The suggestion, its generic "police" or "prosecutors" given to the one force of that kind
    the story names (``forces``: generic entry -> registered force)."""
    force = forces.get(suggestion.source) if suggestion is not None else None
    return dataclasses.replace(suggestion, source=force) if suggestion is not None and force else suggestion


class _Article(Candidates):
    """One article's candidates and quotes, and the suggestions made so far."""

    def __init__(self, text: str, sentences: list[Span], registry: Registry) -> None:
        super().__init__(text, sentences, registry)
        self.results: list[Settled | None] = []  # per sentence suggested so far
        self.cued: set[int] = set()  # sentences with a cue of their own outside quotes
        # sentences whose nested speech is nobody's: their outer speaker (and kind), whom a
        # later "they" or "she" may stand for ("X said an aide had told her ... She said")
        self.silent_outer: dict[int, tuple[str, str | None]] = {}
        self.silent_spoken: dict[int, Settled] = {}  # ... and their outer speaker's suggestion, which
        # a quote opening the next sentence goes on with (`continue_quotes`)
        self.outer_spoken: dict[int, Settled] = {}  # so too the outer speaker of nested speech that is
        # someone's ('She said officers had told farmers not to sell. "Nobody listened."': hers)
        # sentences whose outer speaker of nested speech is a group of unnamed people under the
        # anonymous entry ("Two aides, speaking on condition of anonymity, said Y had ..."):
        # that entry, for "One of them said" next
        self.anonymous_outer: dict[int, Suggestion] = {}
        self.quotes = Quotes(text)
        self.references = References(self)
        self._first_spoken: dict[str, int] = {}  # source -> the first sentence it speaks in (see _affiliation)
        self._first_spoken_to = 0  # the sentences looked at so far for it

    def forces(self) -> dict[str, str]:
        """The generic entries "police" and "prosecutors" mapped to the one registered force of
        that kind the story names ("Kessary District Police", "Varn State Prosecutor's Office"),
        whose words a bare "police said" reports; a kind with none or several is left out."""
        named: dict[str, set[str]] = {"police": set(), "prosecutors": set()}
        for mention in self.mentions:
            for generic, pattern in _FORCES.items():
                if pattern.search(mention.entry.name) and not mention.entry.is_description:
                    named[generic].add(mention.entry.name)
        return {generic: names.pop() for generic, names in named.items() if len(names) == 1}

    def suggest(self, index: int) -> None:
        """Settle sentence index (earlier sentences must be done first) into self.results."""
        sentence, settled = self.sentences[index], None
        cues = self._cues(sentence) if sentence.kind not in _SKIPPED_KINDS else iter(())
        first = next(cues, None)
        if first is not None and self._not_said(first, sentence):
            # "X did not say how many it expected": no claim in what follows, but a verb joined
            # by "but" is X's own ("declined to say which side fired but noted that")
            negated = first
            first = next((cue for cue in cues if _BUT_BEFORE.search(self.text, negated.end(), cue.start())), None)
        if first is not None:
            self.cued.add(index)
            cited = self._citing_opener(first, sentence, index)
            if cited is not None:  # "Citing figures from the X Council, Y said ...": the council's
                self.results.append(cited)
                return
            closing = self._closing(first, sentence, index)
            if closing is not None:  # "X has asked for the files, Y said.": Y's
                self.results.append(closing)
                return
            fronted = self._fronted(first, sentence, index)
            if fronted is not None:  # "Y had told him that ..., X said.": Y's
                self.results.append(fronted if fronted.suggestion else None)
                return
            # ("She denied that the ministry had promised to test it": her denial, hers)
            nested = None if _DENIAL.fullmatch(first.group()) else self._nested(first, sentence, index)
            if nested is not None and nested.suggestion is None:
                self._note_silent_outer(first, sentence, index)
            settled = nested or self._first_settled(itertools.chain((first,), cues), sentence, index)
            if nested is None and (settled is None or settled.suggestion is None):
                settled = self._one_of_them(first, sentence, index) or self._lead_named_next(sentence, index) \
                    or self._court_ruling(sentence, index) or self._posted_notice(sentence, index) or settled
            elif nested is None and settled is not None and self.in_lead(sentence.start):
                settled = self._lead_settled(settled, sentence, index)
        elif sentence.kind not in _SKIPPED_KINDS:  # "..., the state consumer office found in checks
            # published on Saturday.": a lead closed by a finding with no "that"
            settled = self._lead_named_next(sentence, index) or self._opening_tests(sentence, index)
        self.results.append(settled if settled and settled.suggestion else None)

    def _posted_notice(self, sentence: Span, index: int) -> Settled | None:
        """For a notice or sign on a body's door or gate that says something ("..., a notice on its
        shack said", "according to a sign pinned to its door", "A notice on the X's gate said"):
        that body (named or described before it in the sentence, or the one "its" stands for),
        as a document speaks for its author; else None."""
        notice = _POSTED_NOTICE.search(self.text, sentence.start, sentence.end)
        if notice is None:
            return None
        according = _ACCORDING_END.search(self.text, max(sentence.start, notice.start() - 14), notice.start())
        said = _NOTICE_SAYS.match(self.text, notice.end(), sentence.end)
        if according is None and said is None:
            return None
        body = self._body_before(notice.end("owner"), index, True)
        if not body and notice.group("owner") == "its":  # ("The museum is closed, ...": what
            # "its" stands for)
            body = self._antecedent_body(notice.start("owner"), notice.end("owner"), "it", index)
        if not body:
            return None
        span = according.span() if according is not None else said.span("cue") if said is not None else notice.span()
        return self._settle(Found(body, notice.start(), notice.end(), REGISTRY_NAME), span, index)

    def _closing(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """For a sentence whose first cue is a request or an appeal ("X has asked for the
        files") and that ends with a cue set after a comma (", Y said."): Y's suggestion, if
        it resolves; the request is an act Y reports."""
        if first.group().lower() not in _ACT_CUES:
            return None
        closing = _CLOSING_CUE.search(self.text, first.end(), sentence.end)
        if closing is None:
            return None
        words = "cue" if closing.group("cue") else "according"
        cue = next(CUE.finditer(self.text, closing.start(words), closing.end(words)), None)
        if cue is None:
            return None
        settled = self._cue_settled(cue, None, sentence, index)
        return settled if settled is not None and settled.suggestion is not None else None

    def _fronted(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """For inner speech set before a closing cue ("Detectives had been told by museum staff
        that ..., police said."; "Her deputy had been told by Y at a reception that ..., she
        added."): the inner speaker's suggestion, an empty one when they are unnamed, or None
        when the sentence opens with no inner speech (or with a pronoun's: left to the cues)."""
        start = self._clause_start(sentence)
        tests = self._opening_tests(sentence, index)
        if tests is not None:  # "Tests by the X Institute found ..., the minister said": the institute's
            return tests
        closing = _CLOSING_CUE.search(self.text, first.start(), sentence.end)
        if closing is None and first.lastgroup == "according":  # the first cue is the closing one
            closing = _CLOSING_CUE.search(self.text, start, sentence.end)  # ("..., according to Bondoc.")
        if closing is None:
            return self._quoted_inner(first, start, sentence, index)
        cue = next(NESTED_VERB.finditer(self.text, start, closing.start()), None)
        if cue is None or self.quotes.around(cue.start()) is not None \
                or _NEGATED_INNER.search(self.text, max(start, cue.start() - 12), cue.start()):
            return None
        found = self._inner(cue, start, sentence)
        if (found is None or (isinstance(found, Settled) and found.suggestion is None)) and not cue.group("passive"):
            # ("Managers had told staff to keep quiet, he said.": the body that employs him)
            outer = next(CUE.finditer(self.text, closing.start("cue"), closing.end("cue")), None) \
                if closing.group("cue") else None
            colleagues = self._colleagues(outer, start, cue, sentence, index) if outer is not None else None
            found = colleagues or found
        if found is None or isinstance(found, Settled):
            return found
        if found.reference in _PRONOUNS:
            return None
        settled = self._settle(found, cue.span(), index)
        return settled if settled is not None else Settled(None, None)

    def _opening_tests(self, sentence: Span, index: int) -> Settled | None:
        """For a sentence opened by tests by a body and what they found ("Tests by the X Institute
        found lead in the wrappers", with or without a cue closing it): the body's finding, or None."""
        start = self._clause_start(sentence)
        tests = _OPENING_TESTS.match(self.text, start, sentence.end)
        author = self._author(tests, start) if tests is not None else None
        return self._settle(author, tests.span("cue"), index) if tests is not None and author is not None else None

    def _quoted_inner(self, first: re.Match[str], start: int, sentence: Span, index: int) -> Settled | None:
        """For a sentence that is a quote opening with another's words to the speaker, closed by a
        cue ('"Kacabening told us the panels would last 25 years," X said.', '"The company told us
        ...," she said.'): the named or described one who told them, as the guide reads nested
        speech, noting the speaker (``first``, the closing cue) as the outer one, whom a quote after
        it goes on with; None when the teller is no one registered (a pronoun, "Nobody", someone
        unnamed, a name the registry does not hold)."""
        told = _QUOTED_TOLD.match(self.text, start, sentence.end)
        if told is None or _QUOTED_CLOSING.search(self.text, told.end(), sentence.end) is None:
            return None
        cue = next(NESTED_VERB.finditer(self.text, told.end("subject"), told.end()), None)
        found = self._inner(cue, told.start("subject"), sentence) if cue is not None else None
        if not isinstance(found, Found) or found.rank == SILENT or found.reference in _PRONOUNS:
            return None
        settled = self._settle(found, cue.span(), index) if cue is not None else None
        if settled is None or settled.suggestion is None or settled.suggestion.basis == "name":
            return None
        return self._with_outer(settled, first, sentence, index)

    def _not_said(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether a cue is negated before what it does not tell ("did not say how many",
        "declined to say whether")."""
        if _NO_COMMENT_AFTER.match(self.text, cue.end(), sentence.end):
            return True  # "X said (in a statement) that it would not comment on ...": nothing said
        return _NEGATED_BEFORE.search(self.text, max(sentence.start, cue.start() - 40), cue.start()) is not None \
            and _WH_AFTER.match(self.text, cue.end(), sentence.end) is not None

    def _citing_opener(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """For a sentence that opens by citing figures or a report of a registered source
        ("Citing figures from the Coastal Trade Council, Y said", "Citing a police report, Y
        said"), the cue after the comma: the cited source's suggestion; else None."""
        opener = _CITING_OPENER.match(self.text, self._clause_start(sentence), sentence.end)
        if opener is None or first.start() < opener.end():
            return None
        comma = self.text.find(",", opener.end(), first.start())
        if comma < 0:
            return None
        mention = self.by_start.get(opener.end())
        if mention is None or mention.end > comma or not (self._organisation(mention) or mention.entry.name.islower()):
            return None
        if opener.group("kind") and not _REPORT_AFTER.match(self.text, mention.end, comma):
            return None  # "Citing a police officer ...": not a document
        found = self._after(opener.end(), sentence, comma)
        settled = self._settle(found, _cue_span(first), index) if found is not None else None
        if settled is None or settled.suggestion is None:
            return None
        cited = settled.suggestion.source
        again = (mention for mention in self.mentions if first.end() <= mention.start < sentence.end)
        if any(mention.entry.name == cited for mention in again) \
                or any(self.entities.fits_description(cited, described.group("noun").lower())
                       for described in _DESCRIBED.finditer(self.text, first.end(), sentence.end)):
            return None  # "Citing figures from Norvex, Ortiz said the company was lying": his claim about it
        return settled

    def _lead_named_next(self, sentence: Span, index: int) -> Settled | None:
        """For a story's lead closed by a body described ("..., a legal aid group said on
        Sunday.", "..., the board that runs it said", "..., the national weather service
        acknowledged"), with no speaker found: the body the next two sentences name
        (`Candidates.named_next`), or None."""
        if not self.in_lead(sentence.start):
            return None
        closing = _LEAD_DESCRIBED.search(self.text, sentence.start, sentence.end) \
            or _LEAD_ACCORDING.search(self.text, sentence.start, sentence.start + len(sentence.text.rstrip()))
        noun = closing.group("noun").lower() if closing is not None else ""
        name = (self.named_next(noun, index) or self._lead_named_later(closing)) if closing and noun in ORG_NOUNS \
            else self._head_named_next(closing, index)
        name = name or self._person_named_next(closing, index)
        if name is None and closing is not None and noun not in ORG_NOUNS and not is_person_word(noun):
            name = self._lead_named_later(closing)  # ("the civil defence force said": the one body named
            # later whose name holds the description's words)
        if name is None and noun in _BODY_ROLES:  # "..., the state auditor found": the audit office
            name = self.named_next(noun, index) or (self._lead_named_later(closing) if closing else None)
            # named next, or further on
            if name is None and closing is not None and _STATE_STAFF.search(closing.group("described")):
                name = self.body_speaking_next("ministry", index)  # ("government scientists found": the
                # state body named next, whose staff they are)
        if name is None and closing is not None and (noun in ORG_NOUNS or noun in _ORGANISERS) \
                and not closing.group("described").lower().startswith(("its ", "their ")):
            name = self.body_speaking_next(noun, index)  # (not "its governing council": of the body named;
            # "the race organisers said": the body named next, of whatever kind)
        if name is None and closing is not None and (owned := _LEAD_OWNED_STAFF.fullmatch(closing.group("described"))):
            owner = owned.group("owner").lower()  # "the castle's management said": the body named next
            name = self.named_next(owner, index) or self.body_speaking_next(owner, index)
        town = closing.groupdict().get("town") if closing is not None else None
        if name is not None and town and town.lower()[:5] not in name.lower():
            name = None  # ("a Dorna court has ruled": no court whose name says Dorna, no court)
        if closing is None or name is None:
            return self._lead_staff(sentence, index) or self._lead_subject_named_next(sentence, index) \
                or self._lead_authorities(sentence, index) or self._lead_relative_named_next(sentence, index) \
                or self._lead_described_subject(sentence, index) or self._lead_their_body(sentence, index)
        return self._settle(Found(name, closing.start("described"), closing.end("described"), REGISTRY_NAME),
                            closing.span("cue"), index)

    def _lead_their_body(self, sentence: Span, index: int) -> Settled | None:
        """For a lead whose cue has for subject the body of the people the lead is about ("Miners
        stayed underground ..., and their union warned that ...", "..., which their cooperative says
        will ..."): the one registered organisation named next or later whose name holds the noun or
        a kin of it ("their union": a "Free Miners' Federation"), not one the lead names; or None."""
        participle = _THEIR_BODY_VOWING.search(self.text, sentence.start, sentence.end)
        found = [(participle, participle.span("cue"))] if participle is not None else []
        for cue in self._cues(sentence):  # ("with their union vowing to": its participle)
            body = _THEIR_BODY_BEFORE.search(self.text, max(sentence.start, cue.start() - 60), cue.start())
            if body is not None:
                found.append((body, _cue_span(cue)))
        for body, cue_span in found:
            noun = body.group("noun")
            if noun not in _THEIR_BODIES:
                continue
            name = self.named_next(noun, index) \
                or self.named_later_by_head(noun, body.group("words").split(), body.end())
            if name is None or self._named_in(sentence, {name}) or self._of_another_trade(name, sentence):
                return None
            return self._settle(Found(name, body.start("their"), body.end("noun"), REGISTRY_NAME), cue_span, index)
        return None

    def _of_another_trade(self, name: str, sentence: Span) -> bool:
        """Tell whether a body's name shows the people of a trade the lead does not name ("Brackwater
        Hauliers' Union" or "Port Employers' Federation" for quarrymen or dockers), unless the lead's
        people are workers of no trade ("workers at the mines ..., their union": "Zewara Miners' Union")."""
        lead = self.text[sentence.start : sentence.end].lower()
        if _ANY_WORKERS.search(lead):
            return False
        trades = [word.rstrip("'\u2019s").lower() for word in _TRADE_IN_NAME.findall(name)]
        return any(trade[:5] not in lead for trade in trades)

    def _lead_subject_named_next(self, sentence: Span, index: int) -> Settled | None:
        """For a lead opened by a body described and closed by its participle ("The organisers of
        the convention on Saturday took away her title, saying ...", "The national federation banned
        them, accusing ..."): the body the next two sentences name whose name fits the noun
        (`Candidates.named_next`), or None."""
        participle = _LEAD_PARTICIPLE.search(self.text, sentence.start, sentence.end)
        if participle is not None:
            subject, cue_span = self._clause_subject(sentence, participle.start()), participle.span("cue")
            if subject is None or subject.rank != REFERENCE:  # "Velkoria's plant health agency ordered ...,
                # warning": a body described opening the clause, its own verb next
                return self._lead_opener_named_next(sentence, index, cue_span)
        else:  # "Mwambaza's central bank said on Thursday it would ...": a body described right before the cue
            return self._lead_opener_named_next(sentence, index)
        if subject is None or subject.rank != REFERENCE or subject.reference is None:
            return None
        noun = subject.reference
        if noun not in ORG_NOUNS and noun not in _ORGANISERS:
            return None
        name = self.named_next(noun, index)  # (not any body named next: maybe the one punished)
        if name is None:
            return None
        return self._settle(Found(name, subject.start, subject.end, REGISTRY_NAME), cue_span, index)

    def _lead_authorities(self, sentence: Span, index: int) -> Settled | None:
        """For a lead opened by authorities of a kind and closed by their participle ("Forestry
        authorities in the county of X banned ..., blaming ...", "Provincial authorities in southern Y
        suspended ..., arguing ..."): the one registered organisation named later in the story whose
        name holds the kind's word ("X County Forestry Bureau"), or None."""
        opener = _AUTHORITIES_OPENER.match(self.text, self._clause_start(sentence), sentence.end)
        participle = _LEAD_PARTICIPLE.search(self.text, opener.end(), sentence.end) if opener is not None else None
        if opener is None or participle is None \
                or self._speaker_clause_between(opener.end(), participle.start()):
            return None
        kind = opener.group("kind").lower()
        name = self.named_later_with(kind, sentence.end)
        if name is None or self._named_in(sentence, {name}):
            return None
        if opener.group("noun") == "officials" and (name.split()[0].lower() == kind
                                                    or _OFFICIALS_BODY_WORDS.isdisjoint(name.split())):
            return None  # ("Korsvik officials": a place, no field; "Health officials" are no "Health Research
            # Institute"'s, nor "Emergency officials" an "Emergency Hospital"'s)
        return self._settle(Found(name, opener.start(), opener.end("noun"), REGISTRY_NAME), participle.span("cue"),
                            index)

    def _lead_opener_named_next(self, sentence: Span, index: int,
                                participle: tuple[int, int] | None = None) -> Settled | None:
        """For a lead opened by a body described and its cue ("Mwambaza's central bank said on
        Thursday it would ...", "The country's copyright office ruled on Friday that ..."): the body
        named in the next two sentences whose name fits the noun (`Candidates.named_next`), else the
        one named later whose name holds the description's words (`Candidates.named_later`); or
        None."""
        start, joined = self._clause_start(sentence), False
        if participle is not None:  # (the subject, then its own verb: "... agency ordered", "... has banned")
            verb = _OPENER_VERB.search(self.text, start, participle[0])
            opener = _LEAD_OPENER.fullmatch(self.text, start, verb.end()) if verb is not None else None
            cue_span: tuple[int, int] | None = participle
        else:
            found = self._opener_before_cue(sentence, start)
            if found is None:
                return None
            opener, cue_span, joined, start = found
        if opener is None or cue_span is None:
            return None
        noun, place = opener.group("noun"), self._opener_place(opener.group("place"), opener.group("noun"))
        if noun not in ORG_NOUNS or ((opener.group("article") or "").lower() in ("a", "an") and noun in _PEOPLE_TOO):
            return None  # ("A miner said", "A contractor said": a person, maybe)
        if (participle is not None or joined) and self._speaker_clause_between(opener.end(), cue_span[0]):
            return None  # ("... ended its strike after a court ordered them back, ruling": the court's words)
        modifiers = opener.group("words").split()
        name = self.named_next(noun, index)
        later = self.named_later(modifiers, noun, start) if name is None else None
        if name is None and later is None and place and modifiers and noun in _PUBLIC_NOUNS:
            later = self.named_later([*(word.lower() for word in modifiers), place.lower()], noun, start) or (
                self.named_later([modifiers[-1].lower(), place.lower()], noun, start) if len(modifiers) > 1 else None)
            later = later if later is not None and public(later) else None  # ("Arvenza's mountain forestry
            # service": its field, the word before the noun, in the "Arvenzan Regional Forestry Corps")
            # ("Talawipa's forestry agency" for the "Talawipa Forestry Department": the place and the words
            # of its field in the name, whatever the kind of public body; no union or company)
        if name is None and later is None and (noun in _PUBLIC_NOUNS or BODY_KINDS.get(noun) == "state"):
            # "the national roads agency warned": the first public body heard further down whose name holds a
            # word of the description or its noun (the "X Road Administration")
            later = self._kind_heard_later(noun, index, [word.lower() for word in modifiers])
        held = name is not None and self.holds_words(name, [word.lower() for word in modifiers])
        if name is not None and not any(self.holds_words(name, [word.lower()]) for word in modifiers) \
                and self._other_field(name, noun, place, modifiers):
            return None  # ("Talawipa's water ministry" is no "Talawipa Health Ministry", heard next or not)
        fits = bool(place) and (later is not None or held)
        name = name or later
        fits = fits and name is not None and place is not None and place[:5].lower() in name.lower()
        # ("Brezovgrad's city council" for the "Brezovgrad City Council" named further down, "Kiebora's
        # conservation agency" for the "Kieboran Natural Resources Conservation Agency" named next: no need to
        # hear it speak next)
        heard = name is not None and (name == later or any(
            self.holds_words(name, [word.lower()]) for word in modifiers if word.lower() not in _UNTIED_LEAD_WORDS)) \
            and self._heard_later(name, index, len(self.sentences))
        # ("the national building safety regulator announced": the "X Building Safety Agency" whose head
        # speaks further down)
        if name is None or self._named_in(sentence, {name}) or (place and place[:5].lower() not in name.lower()) \
                or not (fits or heard or self._speaks_next(name, index)):
            return None  # (not the body the lead acts on: "X's central bank fined Sabra Bank"; nor one of
            # another country: "Vaiyan's commerce ministry banned ... The Tarsanian Ministry of Commerce")
        return self._settle(Found(name, start, opener.end("noun"), REGISTRY_NAME), cue_span, index)

    def _opener_before_cue(self, sentence: Span, start: int) -> tuple[re.Match[str] | None, tuple[int, int],
                                                                     bool, int] | None:
        """A lead's opener right before its first cue, with the cue's span, whether its own verb
        came between them ("... suspended its supplier and accused it"), and where the opener's
        clause starts; None when the lead has no cue or its cue is another subject's."""
        cue = next(self._cues(sentence), None)
        if cue is None:
            return None
        opener = _LEAD_OPENER.fullmatch(self.text, start, cue.start())
        joined_at = self.text.rfind(", and ", start, cue.start())
        if opener is None and joined_at >= 0:  # "The city took its buses off the road on Tuesday, and the
            # municipal bus company said it would ...": the second clause's subject
            opener = _LEAD_OPENER.fullmatch(self.text, joined_at + 6, cue.start())
            start = joined_at + 6 if opener is not None else start
        if opener is None and _AND_BEFORE.search(self.text, start, cue.start()):
            # "X's wrestling federation suspended its supplier on Saturday and accused it of ...": the
            # subject, its own verb, then the cue joined by "and"
            verb = _OPENER_VERB.search(self.text, start, cue.start())
            opener = _LEAD_OPENER.fullmatch(self.text, start, verb.end()) if verb is not None else None
            if opener is not None and _RELATIVE_WORD.search(self.text, opener.end(), cue.start()):
                return None  # ("... suspended two wrestlers who tested positive and denied using it": theirs)
            return opener, _cue_span(cue), opener is not None, start
        return opener, _cue_span(cue), False, start

    def _opener_place(self, place: str | None, noun: str) -> str | None:
        """The place a lead's opener names its body by, which the body's name must hold; none for a
        company of the dateline's country ("Bugemba's largest mobile operator" in a story datelined
        Bugemba: a company's name need not say its country; it must fit otherwise, heard next)."""
        return None if place and noun in COMPANY_NOUNS and place.casefold() in self._dateline_words() else place

    @staticmethod
    def _other_field(name: str, noun: str, place: str | None, modifiers: list[str]) -> bool:
        """Tell whether a body's name shows a field of its own that a lead's description does not
        ("Talawipa Health Ministry" for "Talawipa's water ministry"), not only its kind, place or
        country ("Bank of Mwambaza" for "Mwambaza's central bank")."""
        if not modifiers:
            return False
        words = [word.casefold() for word in re.findall(r"[\w'\u2019-]+", name)]
        if noun in COMPANY_NOUNS and set(words) & set(SYNONYMS.get(noun, ())):
            return False  # ("Lumonde Telecom" for "the largest mobile operator": a brand, then its kind)
        plain = {"of", "and", "the", "for", "national", "state", "federal", "central", "public", "general",
                 "republic", "royal", "provincial", "regional", "county", "city", "municipal", "district",
                 "supreme", "high", "constitutional", "appeal", "appeals"}
        return any(word not in plain and word != noun and word.rstrip("s") != noun.rstrip("s")
                   and not (place and word[:5] == place[:5].casefold()) and word not in ORG_NOUNS
                   for word in words)

    def _lead_relative_named_next(self, sentence: Span, index: int) -> Settled | None:
        """For a lead opened by a body described by what it does or whom it serves ("The association
        that represents nutmeg growers on Wailolo accused ...", "A cooperative of hat weavers on X's
        coast accused ...", "The company that manages Y's state forests banned ..., warning ..."), then
        its cue or its own verb and participle: the body named in the next two sentences whose name
        fits the noun (`Candidates.named_next`), when it holds a place the description names or is
        heard next; or None."""
        found = self._relative_opener(sentence)
        if found is None:
            return None
        opener, participle, cue_span = found
        start = opener.start()
        joined = start != self._clause_start(sentence)  # (the lead's second clause: ", and the company that")
        noun = opener.group("noun")
        if (noun not in ORG_NOUNS and noun not in _BODIES_TOO) \
                or (opener.group("article").lower() in ("a", "an") and noun in _PEOPLE_TOO):
            return None
        if participle is not None and self._speaker_clause_between(opener.end(), cue_span[0]):
            return None
        if re.search(rf"\b{re.escape(noun)}s?\b", self.text[opener.end() : sentence.end]):
            return None  # ("... accused a rival union of ...": the one named next may be that one)
        name = self.named_next(noun, index)
        places = CAPITALISED_WORD.findall(self.text, opener.start("described"), opener.end())
        if name is not None and not (any(place[:5].lower() in name.lower() for place in places)
                                     or self._speaks_next(name, index)):
            name = None
        if name is not None and joined and noun == "body" and not _of_kind(name, noun):
            name = None  # ("... after the body that sets the papers confirmed": no teachers' union heard next)
        if name is None and opener.group("described").startswith(("that ", "which ")):
            name = self._kind_heard_later(noun, index)  # ("the company that runs the site admitted": the
            # first company named after the lead where it or its head speaks, past a public body heard first)
        if name is None or self._named_in(sentence, {name}):
            return None
        return self._settle(Found(name, start, opener.end("noun"), REGISTRY_NAME), cue_span, index)

    def _relative_opener(self, sentence: Span) -> tuple[re.Match[str], re.Match[str] | None, tuple[int, int]] | None:
        """A lead's body described by what it does (`_RELATIVE_OPENER`) opening the lead, before its own
        verb and participle or before its cue, or opening the lead's second clause before its cue; with
        the participle (if any) and the span of the participle or cue; or None."""
        start = self._clause_start(sentence)
        participle = _LEAD_PARTICIPLE.search(self.text, sentence.start, sentence.end)
        cue = next(self._cues(sentence), None) if participle is None else None
        if participle is not None:
            ends = [verb.end() for verb in _OPENER_VERB.finditer(self.text, start, participle.start())]
            cue_span = participle.span("cue")
        elif cue is not None:
            ends, cue_span = [cue.start()], _cue_span(cue)
        else:
            return None
        opener = next((found for end in ends if (found := _RELATIVE_OPENER.fullmatch(self.text, start, end))), None)
        joined = None if opener is not None or cue is None else \
            next(reversed(list(_JOINED_CLAUSE.finditer(self.text, start, cue.start()))), None)
        if joined is not None and cue is not None:  # "..., and the company that runs it admitted that",
            # "... after the body that sets the papers confirmed that": the second clause's subject
            opener = _RELATIVE_OPENER.fullmatch(self.text, joined.end(), cue.start())
        return (opener, participle, cue_span) if opener is not None else None

    def _lead_described_subject(self, sentence: Span, index: int) -> Settled | None:
        """For a lead opened by a body described in words no other rule reads ("The Vaudrenne valley's
        winegrowers' federation warned", "Chiefs of the valley people who were moved ... demanded ...,
        warning", "Searchers on Thursday widened the hunt ..., warning"), then its cue or its own verb
        and participle (`_lead_subject`): the one registered organisation named later whose name holds
        the description's head noun, or a kin of it, and the most of its other words
        (`Candidates.named_later_by_head`), when it fits the description (`_fits_described`); or None.
        Never a person's description ("A fire officer"), nor a body the lead acts on."""
        found = self._lead_subject(sentence)
        if found is None:
            return None
        subject, cue_span = found
        head = subject.group("head").lower().rstrip("'\u2019")
        if is_person_word(head) and not head.endswith("s") and head not in _HEADS_OF_BODIES:
            # ("Quvandar's trade minister reopened the pass ..., promising": the one named speaking next)
            person = self._person_speaking_next(subject.group(), head, index)
            return self._settle(Found(person, subject.start(), subject.end("head"), REGISTRY_NAME), cue_span, index) \
                if person is not None else None
        people = is_person_word(head) or head in _NOT_A_BODY_HEAD or head.endswith(("men", "ers", "ors", "ists"))
        if head not in _HEADS_OF_BODIES and (people or head in PLACE_NOUNS or head.rstrip("s") in PLACE_NOUNS):
            return None  # ("A fire officer", "Fishermen on X's shore", "Voters in 31 villages": people; "The
            # island of X's growers' union": a place, the head after it)
        if head in _PEOPLE_TOO and subject.group().lower().startswith(("a ", "an ")):
            return None  # ("A miner said": a person, maybe)
        rest = self.text[subject.end() : sentence.end]
        if any(re.search(rf"\b{re.escape(word.rstrip('s'))}s?\b", rest, re.IGNORECASE)
               for word in (head, *head_kin(head))):
            return None  # ("... accused a rival union of ...", "Lawmakers walked out of parliament": the one named
            # later may be that one)
        places = [_bare(word) for word in CAPITALISED_WORD.findall(subject.group()) if word.lower() != head
                  and word not in ("The", "A", "An") and not word.endswith("day")
                  and _bare(word) not in self._dateline_words()]
        # (the dateline's country need not be in the name: "Zemokalia's wine country" for a village's choir)
        fields = [_bare(word) for word in _LOWER_RUN.findall(subject.group())]
        fields = [word for word in fields if word != head and word not in _UNTIED_LEAD_WORDS]
        name = self.named_later_by_head(head, fields + places, subject.start())
        if name is None or self._named_after(subject.end(), sentence, {name}) \
                or not self._fits_described(name, head, places, fields, index):
            return None  # (not a body the lead acts on)
        return self._settle(Found(name, subject.start(), subject.end("head"), REGISTRY_NAME), cue_span, index)

    def _lead_subject(self, sentence: Span) -> tuple[re.Match[str], tuple[int, int]] | None:
        """A lead's subject described in words of its own (`_DESCRIBED_SUBJECT`), with no name in it
        but a short form ("The Ostmark valley's cidermakers' federation"), and the span of its cue or
        participle ("warned", ", warning"); or None."""
        start = self._clause_start(sentence)
        participle = _LEAD_PARTICIPLE.search(self.text, sentence.start, sentence.end)
        if participle is not None:
            verb = _OPENER_VERB.search(self.text, start, participle.start())
            if verb is None or self._speaker_clause_between(verb.end(), participle.start("cue")):
                return None
            end, cue_span = verb.start(), participle.span("cue")
        else:
            cue = next(self._cues(sentence), None)
            if cue is None or _OPENER_VERB.search(self.text, start, cue.start()):
                return None  # ("A court in X freed six men ... after tests showed": not the subject's cue)
            end, cue_span = cue.start(), _cue_span(cue)
        subject = _DESCRIBED_SUBJECT.fullmatch(self.text, start, max(start, end))
        low, high = (bisect.bisect_left(self.mention_starts, offset) for offset in (start, end))
        if subject is None or any(" " in self.text[mention.start : mention.end] for mention in self.mentions[low:high]):
            return None  # (a name in the subject: read by the rules for names)
        return subject, cue_span

    def _fits_described(self, name: str, head: str, places: list[str], fields: list[str], index: int) -> bool:
        """Tell whether a body named later fits a lead's description: it holds one of the places the
        description names, if any ("Vaiyan's commerce ministry" is no "Tarsanian Ministry of
        Commerce"), and a word of its field or is heard next ("The country's top court said ... The X
        High Court had acquitted them in May": neither), and shows no other field ("Talawipa's water
        ministry" is no "Talawipa Health Ministry")."""
        if places and not any(place[:5] in name.lower() for place in places):
            return False
        held = any(self.holds_words(name, [word]) for word in fields)
        if not held and not self._speaks_next(name, index, acts=False):
            return False  # (heard, not only acting: "The X Parliament passed a similar law last year")
        return held or not fields or not self._other_field(name, head, places[0] if places else None, fields)

    def _speaker_clause_between(self, start: int, end: int) -> bool:
        """Tell whether a clause of its own between a lead's verb and its participle has a subject
        who may speak, a body or a name ("... after a court ordered them back, ruling": the court's
        words, maybe), not a person or thing by a common noun ("two days after a young tourist
        died, warning": the lead's subject's)."""
        for clause in _CLAUSE_BETWEEN.finditer(self.text, start, end):
            subject = _CLAUSE_SUBJECT.match(self.text, clause.end())
            words = subject.group().split() if subject is not None else []
            if subject is None or not words or any(word[0].isupper() or word.lower() in ORG_NOUNS for word in words) \
                    or _SPEECH_ACT.match(self.text, subject.end()):  # ("after a judge ruled it unsafe")
                return True
        for clause in _BARE_CLAUSE_BETWEEN.finditer(self.text, start, end):  # ("after prosecutors charged them")
            subject = _CLAUSE_SUBJECT.match(self.text, clause.end())
            if subject is not None and _SPEECH_ACT.match(self.text, subject.end()):
                return True
        return False

    def _speaks_next(self, name: str, index: int, acts: bool = True) -> bool:
        """Tell whether one of the two sentences after sentence ``index`` names a registry entry
        as the one who speaks or acts there: a cue shortly after it ("The Bank of X said in a
        statement"), or opening the sentence with a verb of its own ("The X Commission fined Y"; not
        "The X High Court had acquitted them in May", an act before the story's)."""
        for sentence in self.sentences[index + 1 : index + 3]:
            low, high = (bisect.bisect_left(self.mention_starts, offset) for offset in (sentence.start, sentence.end))
            for mention in self.mentions[low:high]:
                if mention.entry.name != name:
                    continue
                cue = next((cue for cue in self._cues(sentence) if cue.start() >= mention.end), None)
                if cue is not None and cue.start() - mention.end <= 60:
                    return True
                opening = self.text[self._clause_start(sentence) : mention.start].strip() in ("", "The")
                if acts and opening and not _EARLIER_ACT.match(self.text, mention.end):
                    return True
        return False


    def _kind_heard_later(self, noun: str, index: int, words: list[str] | None = None) -> str | None:
        """For a body a lead describes by what it does ("the company that runs the site", "the body
        that sets the papers"): the first registered organisation named in the _HEARD_REACH sentences
        after the lead whose kind fits the noun (a company, by its suffix or by a name with no word
        for a public or civil body; a public body; any, for "body") in a sentence with a cue, where
        it or its head speaks; or None."""
        if index + 1 >= len(self.sentences):
            return None
        end = self.sentences[min(len(self.sentences) - 1, index + _HEARD_REACH)].end
        for name, _ in self._first_named_between(self.sentences[index + 1].start, end):
            entry = self.registry.entry(normal_form(name))
            if self.entities.is_person(name, entry.kind if entry else None) or name.islower() \
                    or not _of_kind(name, noun):
                continue
            if words is not None and not any(self.holds_words(name, [word]) for word in (
                    noun, *(word for word in words if word not in _UNTIED_LEAD_WORDS))):
                continue  # (with ``words``: a name holding one of them, or the noun)
            if self._heard_later(name, index):
                return name
        return None

    def _heard_later(self, name: str, index: int, reach: int = _HEARD_REACH) -> bool:
        """Tell whether a registered organisation is first named in the ``reach`` sentences after
        sentence ``index`` where it speaks (a cue shortly after its name: "X said", "X, ..., told") or
        its head does ("Y, chief executive of X, told")."""
        first = self._first_in_body().get(name)
        if first is None or index + 1 >= len(self.sentences) or first < self.sentences[index + 1].start:
            return False
        here = bisect.bisect_right(self.sentence_starts, first) - 1
        if here - index > reach:
            return False
        sentence = self.sentences[here]
        mention = self.by_start.get(first)
        end = mention.end if mention is not None else first
        cue = next((cue for cue in self._cues(sentence) if cue.start() >= end), None)
        spoken = cue is not None and cue.start() - end <= 60 and not _NAME_BREAK.search(self.text, end, cue.start())
        return spoken or _HEAD_OF.search(self.text, max(sentence.start, first - 45), first) is not None

    def _lead_staff(self, sentence: Span, index: int) -> Settled | None:
        """For a lead closed by staff named by their trade ("..., doctors at the general hospital
        in the town said", "firefighters in the town said", "mountain rescuers said"): the one
        body of that trade the story names (`Candidates.body_of_staff`), or None."""
        closings = list(_LEAD_STAFF.finditer(self.text, sentence.start, sentence.end))
        closing = closings[-1] if closings else None  # (the last: the one that closes the lead)
        prefix = "a_" if closing is not None and closing.group("according") else ""
        name = self.body_of_staff(closing.group(prefix + "trade")) if closing is not None else None
        if closing is None or name is None:
            return None
        return self._settle(Found(name, closing.start(prefix + "staff"), closing.end(prefix + "staff"), REGISTRY_NAME),
                            closing.span("according" if prefix else "cue"), index)

    def _lead_named_later(self, closing: re.Match[str]) -> str | None:
        """For a lead closed by a body described (``closing``: "their association said", "a budget
        watchdog said"): the one the story names later whose name holds the description's words
        (`Candidates.named_later`), or None."""
        words = self.text[closing.start("described") : closing.start("noun")].split() + (
            closing.group("of").split() if closing.group("of") else [])  # ("an association of shipping agents")
        modifiers = [_bare(word) for word in words
                     if word not in _LEAD_DETERMINERS and not word[0].isupper()
                     and not _PLACE_POSSESSIVE.fullmatch(word)]  # ("the country's", "Tormesh's": no word of a name)
        return self.named_later(modifiers, closing.group("noun").lower(), closing.start("described"))

    def _head_named_next(self, closing: re.Match[str] | None, index: int) -> str | None:
        """For a lead closed by "its director said", "its managing director said": the person
        the next sentence opens with as the one who runs the body ("X, who has run Y since
        2024, said", "X, its managing director, said"), or None."""
        if closing is None or not _ITS_HEAD.fullmatch(closing.group("described")) or index + 1 >= len(self.sentences):
            return None
        start = self._clause_start(self.sentences[index + 1])
        named = self.by_start.get(start)
        if named is None or self._organisation(named) or not _RUNS_IT.match(self.text, named.end):
            return None
        return named.entry.name

    def _lead_settled(self, settled: Settled, sentence: Span, index: int) -> Settled:
        """A lead's suggestion from its own cue, given to the head named next (`_lead_head_named_next`), or
        for the generic officials of a kind, to the body of that kind named later ("Emergency officials in
        X on Thursday ordered ..., warning": `_lead_authorities`)."""
        settled = self._lead_head_named_next(settled, sentence, index)
        if settled.suggestion is not None and settled.suggestion.source == "officials":
            return self._lead_authorities(sentence, index) or settled
        return settled

    def _lead_head_named_next(self, settled: Settled, sentence: Span, index: int) -> Settled:
        """For a lead closed by a body's head described ("..., the committee's chairman said",
        "the hospital's head of paediatrics said"), settled on the body: the person one of the
        next two sentences names speaking (`_person_named_next`), as heads speak for themselves;
        else the body."""
        closing = _LEAD_DESCRIBED.search(self.text, sentence.start, sentence.end)
        suggestion = settled.suggestion
        if closing is None or suggestion is None or suggestion.source_span is None \
                or not closing.start("described") <= suggestion.source_span[0] < closing.end() \
                or self.entities.is_person(suggestion.source, settled.kind):
            return settled
        person = self._person_named_next(closing, index)
        if person is None:
            return settled
        spoken = self._settle(Found(person, closing.start("described"), closing.end("described"), REGISTRY_NAME),
                              closing.span("cue"), index)
        return spoken if spoken is not None else settled

    def _court_ruling(self, sentence: Span, index: int) -> Settled | None:
        """For a court described that rules ("A court in Lologi on Monday ordered ..., ruling
        that", "... after an appeal court found that"): the one registered court it stands for,
        named before or, failing that, further down, by the description's words ("labour",
        "appeal"); or None."""
        ruling = _RULING.search(self.text, sentence.start, sentence.end)
        court = _DESCRIBED_COURT.search(self.text, sentence.start, ruling.end()) if ruling is not None else None
        if court is None or ruling is None:
            return None
        noun = court.group("noun").lower()
        it = Found(None, court.start(), court.end("noun"), REFERENCE, reference=noun)
        antecedent = self.references.antecedent(it, index)
        modifiers = [word for word in court.group("words").split() if word not in ("main", "top", "local")]
        place = [word.lower() for word in court.group("place").split()] if court.group("place") else []
        name = antecedent.source if antecedent is not None else None
        if name is None and place:  # "a court in Bravno": the court whose name holds the place, if one
            name = self.named_later(modifiers + place, noun, court.start())
        name = name or self.named_later(modifiers, noun, court.start())
        if name is None:
            return None
        cue = ruling.span("cue") if ruling.group("cue") else ruling.span("found")
        return self._settle(Found(name, court.start(), court.end("noun"), REGISTRY_NAME), cue, index)

    def _person_named_next(self, closing: re.Match[str] | None, index: int) -> str | None:
        """For a lead closed by one person described by role ("the country's comptroller said",
        "the doctor who treated him said", "Mudzini's auditor general said"): the person whom one
        of the next two sentences names speaking (the first sentence with a cue), unless a title
        before the name is none of the description's ("Finance Minister X said" after "the
        comptroller said"); or None."""
        if closing is None:
            return None
        return self._person_speaking_next(closing.group("described"), closing.group("noun").lower(), index)

    def _person_speaking_next(self, description: str, noun: str, index: int) -> str | None:
        """For one person a lead describes by role (``description``, its head ``noun``): the person
        whom one of the next two sentences names speaking (`_person_named_next`), or None."""
        described = [word.lower() for word in LOWER_WORD.findall(description)]
        roles = [word for word in described[1:] if is_person_word(word) and not word.endswith("s")]
        opened = described[0] in ("the", "a", "an", "his", "her") or description[:1].isupper()
        # ("Tormesh's"; "his mother": the one whose words come next)
        if not roles or roles[0] in _NOT_ONE_PERSON or not opened or noun in ORG_NOUNS:
            return None  # (not "the town's lifeguard corps": a body, whose head may speak next)
        for sentence in self.sentences[index + 1 : index + 3]:
            cue = next(CUE.finditer(self.text, sentence.start, sentence.end), None)
            if cue is None:
                continue
            found = self._source_of(cue, sentence)
            named = self.by_start.get(found.start) if found is not None else None
            if found is None or named is None or named.end != found.end or not (
                    self.entities.is_person(named.entry.name) or self.references.person_shaped(named.entry.name)):
                return None
            title = _TITLE_BEFORE.search(self.text, max(sentence.start, named.start - 40), named.start)
            words = title.group().split() if title is not None else []
            if not {word.lower() for word in words} & set(described) \
                    and any(word in TITLE_WORDS and word not in _COURTESY_TITLES for word in words):
                return None  # ("Finance Minister X said" after "the comptroller said": another)
            if self._title_of_another_field(words, described, roles[0], self.text[sentence.start : named.start]):
                return None  # ("Finance Minister X said" after "the water minister conceded": another minister)
            return named.entry.name
        return None

    @staticmethod
    def _title_of_another_field(title: list[str], described: list[str], role: str, before: str) -> bool:
        """Tell whether a title before a name ("Finance Minister", ``title``) holds a lead's role
        (``described``: "the water minister") but for another field: a word of its own, and none of
        the description's other words before the name ("Water and Farmland Minister" is the water
        minister)."""
        fields = {word.lower() for word in title if word not in TITLE_WORDS and not is_person_word(word.lower())}
        capitalised = {word.lower() for word in CAPITALISED_WORD.findall(before)} - {role}
        own = set(described[1:]) - {role, *_LEAD_DETERMINERS} - {
            word for word in described if word.endswith(("'s", "\u2019s"))}
        return bool(fields) and role in {word.lower() for word in title} and not capitalised & set(described) \
            and bool(own)

    def _one_of_them(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """"One of them said" right after a sentence whose source, or outer speaker of nested
        speech, is a group of unnamed people filed under the anonymous entry ("Two managers,
        speaking on condition of anonymity, said ..."): that entry, carried. Not after a named
        or generic source ("Prosecutors said three men had been charged. One of them said": one
        of the men)."""
        subject = _ONE_OF_THEM.match(self.text, self._clause_start(sentence), first.start())
        before = self.results[index - 1] if index else None
        earlier = self.anonymous_outer.get(index - 1) or (before.suggestion if before is not None else None)
        if subject is None or earlier is None or earlier.basis != "anonymous" or earlier.source_span is None \
                or not _GROUP.match(self.text, *earlier.source_span):
            return None
        return Settled(Suggestion(earlier.source, _cue_span(first), (subject.start(), subject.end("who")),
                                  CARRIED, "carried"), None)

    def _note_silent_outer(self, first: re.Match[str], sentence: Span, index: int) -> None:
        """Note the outer speaker of nested speech that is nobody's, if it resolves."""
        outer = self._source_of(first, sentence)
        spoken = self._settle(outer, _cue_span(first), index) if outer else None
        if spoken is not None and spoken.suggestion is not None:
            self.silent_outer[index] = (spoken.suggestion.source, spoken.kind)
            self.silent_spoken[index] = spoken

    def _cues(self, sentence: Span) -> Iterator[re.Match[str]]:
        """The sentence's cues outside quotes, in order (at most MAX_CUES looked at), lazily."""
        found = CUE.finditer(self.text, sentence.start, sentence.end)
        return (cue for cue in itertools.islice(found, MAX_CUES)
                if self.quotes.around(cue.start()) is None
                and not NOT_A_CUE.match(self.text, cue.end(), sentence.end)
                and not ANONYMITY.match(self.text, cue.start())  # "who asked not to be named"
                and not self._keeps_name_back(cue, sentence)
                and not self._background(cue, sentence)
                # ("questions about what the curator had said": what was said, no claim of this one)
                and not (cue.group() in ("said", "told", "says", "say", "wrote")
                         and _WHAT_BEFORE.search(self.text, max(sentence.start, cue.start() - 40), cue.start()))
                and not (_DETERMINER_END.search(self.text, max(sentence.start, cue.start() - 7), cue.start())
                         and self.text[cue.end() : cue.end() + 1] in (".", ",", ";", ":"))
                and not self._nobody_spoke(cue, sentence)
                and not self._in_anonymity_clause(cue, sentence)
                # ("... was asked about it but said he would not discuss it": nothing said at that cue)
                and not (cue.start() > sentence.start + 1 and cue.group() in ("said", "says")
                         and _NO_COMMENT_AFTER.match(self.text, cue.end(), sentence.end))
                # ("The company maintains refrigerators at 31 clinics": work it does, no claim)
                and not (cue.group() == "maintains" and _THING_MAINTAINED.match(self.text, cue.end(), sentence.end)))

    def _in_anonymity_clause(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether a cue stands in the clause that keeps a speaker's name back ("An engineer,
        unnamed here because X has warned its staff off the press, said"): no claim of its own."""
        low = max(sentence.start, cue.start() - 120)
        marker = ANONYMITY.search(self.text, low, cue.start())
        if marker is None or "," in self.text[marker.start() : cue.start()]:
            return False
        comma = self.text.rfind(",", sentence.start, marker.start())  # (the clause opens there)
        return comma >= 0 and self.text[comma + 1 : marker.start()].strip().lower() in ("", "who", "whose")

    def _nobody_spoke(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether a cue's verb is denied a speaker ("nobody from its staff had told them",
        "before anyone told swimmers"): no one's claim."""
        denied = _NEGATED_INNER.search(self.text, max(sentence.start, cue.start() - 100), cue.start())
        return denied is not None and denied.group().lower().startswith(_NO_SPEAKER)

    def _keeps_name_back(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether a cue is the verb of a relative clause that keeps the speaker's name
        back ("who insisted that her name stay out of the story")."""
        who = _WHO_BEFORE.search(self.text, max(sentence.start, cue.start() - 60), cue.start())
        marker = ANONYMITY.match(self.text, who.start("who")) if who else None
        return marker is not None and marker.end() > cue.start()

    def _background(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether a cue only describes someone in a relative clause (", which maintains
        the road,", ", who had pleaded not guilty,"): no claim of this sentence."""
        word = cue.group().lower()
        plea = word.startswith("pleaded")
        if word not in _DEEDS_WITH_AN_OBJECT and not plea:
            return False
        if not _WHICH_BEFORE.search(self.text, max(sentence.start, cue.start() - 14), cue.start()):
            return False
        return plea or (_OBJECT_AFTER.match(self.text, cue.end()) is not None
                        and _CLAUSE_AFTER.match(self.text, cue.end()) is None)  # (", who maintains
        # the charges were invented,": a claim)

    def _first_settled(self, cues: Iterator[re.Match[str]], sentence: Span, index: int) -> Settled | None:
        """The suggestion of the first cue whose source resolves, noting the cue right after it
        when that one is set in commas (`_parenthetical`); an expressive ("thanked") is tried
        after the sentence's other cues ("The club thanked X and said ...": "said")."""
        deferred = []
        for cue, following in itertools.pairwise(itertools.chain(cues, (None,))):
            if cue is None:  # past the last cue (only the last "following" is None)
                break
            if cue.group() in _EXPRESSIVES:
                deferred.append((cue, following))
                continue
            settled = self._cue_settled(cue, following, sentence, index)
            if settled:
                return settled
        for cue, following in deferred:
            settled = self._cue_settled(cue, following, sentence, index)
            if settled:
                return settled
        return None

    def _cue_settled(self, cue: re.Match[str], following: re.Match[str] | None, sentence: Span,
                     index: int) -> Settled | None:
        """One cue's suggestion, if its source resolves (see `_first_settled`)."""
        candidate = self._source_of(cue, sentence)
        settled = self._settle(candidate, _cue_span(cue), index) if candidate else None
        if settled is None and following is not None and cue.lastgroup == "verb" \
                and _ITS_OWN_SUBJECT.fullmatch(self.text, cue.end(), following.start()):
            return Settled(None, None)  # "Farmers in X said they hoped": they are the
            # lawmakers, unresolved, not an antecedent found further back
        if settled is None and candidate is not None and candidate.rank == REFERENCE:
            crowd = self._crowd_before(candidate, sentence)  # "Officials at the finance ministry"
            settled = self._settle(crowd, _cue_span(cue), index) if crowd else None
        if settled is not None and settled.suggestion is not None and candidate is not None:
            settled = self._named_head(settled, candidate, cue, index) or settled  # "The park's director said": the
            # director the story named, who speaks for herself
        owned = _HIS_BODY.match(self.text, self._clause_start(sentence), cue.start()) if settled is None else None
        if owned is not None and _ADVERBS_TO_CUE.fullmatch(self.text, owned.end(), cue.start()):
            # "His company later confirmed": the company he was introduced as heading or owning
            settled = self._whose_body(owned, cue, index)
        if settled is not None and candidate is not None and _HIS_MINISTRY.fullmatch(self.text, candidate.start,
                                                                                      candidate.end):
            settled = self._heads_ministry(candidate, cue, sentence, index) or settled
        return self._parenthetical(settled, following, sentence, index) if settled else None

    def _named_head(self, settled: Settled, candidate: Found, cue: re.Match[str], index: int) -> Settled | None:
        """For a body's head described as the subject ("The park's director said", "The firm's managing director
        later described", "The head of the inspectorate added", "Its chair said") settled on the body: the one
        person named before with that role whose role words hold the body's noun (heads speak for
        themselves); or None."""
        source = settled.suggestion.source if settled.suggestion is not None else None
        if source is None or self.entities.is_person(source, settled.kind):
            return None
        head = _BODYS_HEAD.fullmatch(self.text, candidate.start, candidate.end) \
            or _BODYS_HEAD.fullmatch(self.text, self._clause_start(self.sentences[index]), candidate.end)
        if head is None:
            return None
        role = (head.group("role") or head.group("role2")).lower().split()[-1]
        noun = (head.group("owner") or head.group("of") or "").lower()
        owners = [noun, noun + "'s"] if noun else [word.lower() for word in source.split() if len(word) > 3]
        # ("Its chief executive": a word of the body's name among her role's words)
        holders = {holder for owner in owners if (holder := self.entities.role_holder(role, candidate.start, of=owner))}
        if len(holders) != 1 or source in holders:
            return None
        holder = holders.pop()
        return self._settle(Found(holder, min(head.start(), candidate.start), candidate.end, REGISTRY_NAME),
                            _cue_span(cue), index)

    def _whose_body(self, owned: re.Match[str], cue: re.Match[str], index: int) -> Settled | None:
        """For "His company"/"Her agency" opening a clause before its cue: the registered organisation the
        person "his" stands for was introduced as heading or owning, when it fits the noun; or None."""
        pronoun = "she" if owned.group("pronoun").lower() == "her" else "he"
        person = self.references.antecedent(Found(None, owned.start(), owned.end("pronoun"), REFERENCE,
                                                  reference=pronoun), index)
        held = self._affiliation_of(person.source, index) if person is not None else None
        if held is None or not self.entities.fits_description(held[0], owned.group("noun").lower()):
            return None
        return self._settle(Found(held[0], owned.start(), owned.end(), REGISTRY_NAME), _cue_span(cue), index)

    def _heads_ministry(self, candidate: Found, cue: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """For "His ministry said" of a minister introduced as the head of a registered ministry
        ("X, who heads the Y Ministry of Z, said ... His ministry later added"): that ministry, which
        the story names; None when she was introduced with none (her office speaks for her)."""
        held = self._affiliation(cue, sentence, index)
        name = held[0] if held is not None else None
        if name is None or "ministry" not in name.lower().split():
            return None
        return self._settle(Found(name, candidate.start, candidate.end, REGISTRY_NAME), _cue_span(cue), index)

    def _crowd_before(self, found: Found, sentence: Span) -> Found | None:
        """For "Officials at the finance ministry said", the ministry known to no one: the
        registry's entry for the officials heading the phrase, if it holds one."""
        before = _CROWD_OF.search(self.text, max(sentence.start, found.start - 40), found.start)
        if before is None or before.group("head").lower() not in OFFICIAL_HEADS:
            return None
        mention = self.by_end.get(before.end("head"))
        if mention is None or mention.start < sentence.start or not mention.entry.name.islower():
            return None
        return Found(mention.entry.name, mention.start, mention.end, REGISTRY_NAME, mention.entry.kind)

    def _parenthetical(self, settled: Settled, cue: re.Match[str] | None, sentence: Span,
                       index: int) -> Settled:
        """For "Y had assured her, X said, that ...": Y's suggestion noting X, the speaker of
        the cue set in commas right after Y's (``cue``), as its outer speaker (whom a later
        "she" may stand for)."""
        if cue is None or settled.suggestion is None or settled.outer \
                or self.text[cue.end() : cue.end() + 1] != ",":
            return settled
        return self._with_outer(settled, cue, sentence, index)

    def _nested(self, first: re.Match[str], sentence: Span, index: int, depth: int = 1) -> Settled | None:
        """For "X said Y had told him that ...": Y's suggestion, or an empty one if Y is unnamed
        (``first``: the sentence's first cue). A verb whose speaker is the first cue's own ("In
        a letter, X told Y that Z had assured ...") is the outer cue, not nested speech. Speech
        nested twice is the innermost speaker's when named ("According to X, Y told
        investigators that Z had promised him"; ``depth``: how deep ``first`` is)."""
        after = first.end()
        own: list[tuple[str, bool] | bool | None] = [False if depth == 1 else None]  # (False: not yet looked for)
        for cue in itertools.islice(NESTED_VERB.finditer(self.text, after, sentence.end), MAX_CUES):
            if self._no_nested_verb(cue, after):
                continue
            joined = _AND_THAT.search(self.text, after, cue.start()) if cue.lastgroup != "demand" else None
            # ("X said she had written to Y, and that Y had replied that": the inner speaker is sought
            # after the second "that"; not for a demand, an act the outer speaker may report)
            start = joined.end() if joined is not None else after
            found = self._inner_or_colleagues(first, start, cue, sentence, index)
            if self._owns(own, first, found, cue, start, sentence, index) \
                    or self._own_staff(start, cue, first, sentence, index) \
                    or self._own_bodys_staff(own, first, start, cue, sentence, index):
                return None  # "Its chair, X, said the board had warned Y": X's words of her own board; "X
                # said his inspectors had warned the council": X's own words
            if found is None:
                continue
            if isinstance(found, Settled):
                return found
            if self._finding_told_by_unnamed(first, cue, start, sentence, index):
                return None  # ("An official at the authority, unnamed, said the authority had found problems")
            if self._writers_own(first, found, sentence):
                after = cue.end()
                continue  # "In a letter, X told Y that ...", "In a post, he wrote that ...": the own verb
            spoken = self._pronoun_speaks(found, first, sentence, index) if found.reference in _PRONOUNS else False
            if spoken is not False:
                return spoken
            settled = self._inner_settled(found, cue, first, sentence, index)
            if settled is not None and settled.suggestion is not None and depth < 2:
                return self._deeper(cue, sentence, index, depth) or settled
            return settled
        return None

    def _no_nested_verb(self, cue: re.Match[str], after: int) -> bool:
        """Tell whether a nested verb found after an outer cue (ending at ``after``) reports no
        inner speech by where it stands, the words being the outer speaker's: in a quote, a
        relative clause or a "what" clause ("X said Y, who had warned that ..., was wrong", "had
        done what the men told him"); a noun after a determiner ("under every warning that named
        the hills"); negated ("Y had not told her until May that", "nobody had informed it that");
        or in a clause of time or condition ("if its inspection confirmed that", "when a driver
        complained that")."""
        if cue.lastgroup in _DOCUMENT_FINDINGS and _DOCUMENT_BY.search(self.text, after, cue.start()) is None \
                and _BODYS_DOCUMENT.match(self.text, self._words_start(after), cue.start()) is None:
            return True  # ("He said the team found the body": no document's finding)
        return self.quotes.around(cue.start()) is not None \
            or self._relative_inside(cue, after) \
            or _WHAT_BEFORE.search(self.text, max(after, cue.start() - 40), cue.start()) is not None \
            or (cue.group().endswith("ing")
                and _NOUN_DETERMINER.search(self.text, max(after, cue.start() - 7), cue.start()) is not None) \
            or _NEGATED_INNER.search(self.text, max(after, cue.start() - 100), cue.start()) is not None \
            or _WHEN_CLAUSE.search(self.text, after, cue.start()) is not None \
            or (_CONCEDED.search(self.text, max(0, after - 14), after) is not None
                and _BUT_OWN_VERB.search(self.text, max(after, cue.start() - 12), cue.start()) is not None)

    def _relative_inside(self, cue: re.Match[str], after: int) -> bool:
        """Tell whether a nested verb stands in a relative clause set inside the outer speaker's
        words: one not set off by a comma, or one on the subject of those words, whose own verb
        comes after it ("X said Y, who had warned that ..., was wrong"); not one on a noun after
        that verb ("X said the boats came from Y, which had assured the trust that ...": Y's
        words)."""
        relative = _RELATIVE.search(self.text, max(after, cue.start() - 20), cue.start())
        if relative is None:
            return False
        if self.text[max(after, relative.start() - 2) : relative.start()].rstrip() != ",":
            return True
        return _CLAUSE_VERB.search(self.text, after, relative.start()) is None

    def _own_staff(self, start: int, cue: re.Match[str], first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether nested speech is that of a person's own staff ("She said her inspectors had
        warned the council", "He said his engineers had told the ministry"): the person, who speaks
        of what her people did, as the held-out sets' writers read it."""
        if cue.group("passive"):
            return False
        phrase = _AUXILIARY_END.sub("", self.text[start : cue.start()]).strip(" ,")
        own = _HIS_STAFF.fullmatch(phrase)
        if own is not None and own.group("one") and _TO_THE_SPEAKER.match(self.text, cue.end()):
            return False  # ("one of his members had told him": that member's words to him)
        if own is not None and _BOSSES.fullmatch(phrase) and self._employee(first, sentence, index) is not None:
            return False  # ("A firefighter, unnamed, said ... He said his station officer had warned": his bosses)
        return own is not None and self._outer_person(first, sentence, index)

    def _own_bodys_staff(self, own: list[tuple[str, bool] | bool | None], first: re.Match[str], start: int,
                         cue: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether nested speech is that of the staff of the body the outer speaker heads
        (``own``, as for `_owns`), speaking to others ("Its president, X, said the association's
        integrity officer had warned all players"): the head's own claim, as the guide has it for
        staff who report to her (not when they told her: "had assured him" is theirs)."""
        if own[0] is None or cue.group("passive"):
            return False
        phrase = _AUXILIARY_END.sub("", self.text[start : cue.start()]).strip(" ,")
        staff = _BODYS_STAFF.fullmatch(phrase[5:] if phrase.startswith("that ") else phrase)
        if staff is None or _TO_THE_SPEAKER.match(self.text, cue.end()):
            return False
        held = self._held(own, first, sentence, index)
        outer = self._outer_named(first, sentence, index)
        if not isinstance(held, tuple) or held[0] in (_MAYORS_BODY, outer) or outer is None:
            return False  # (no body of his own: "A lift operator, X, said" gives none)
        noun = staff.group("noun").lower()
        offset = self.text.find(staff.group("noun"), start, cue.start())  # (in the phrase before the verb)
        return self._short_form_of("the " + noun, held[0]) or self._antecedent_body(
            offset, offset + len(noun), noun, index) == held[0]

    def _pronoun_speaks(self, found: Found, first: re.Match[str], sentence: Span,
                        index: int) -> Settled | Literal[False] | None:
        """For a pronoun as the inner speaker: None when it may be the outer speaker ("X said she
        had told him": her own words); an empty suggestion when it stands for an unnamed relative
        ("X, whose husband is missing, said ... She said he had told her"); else False (go on), as
        for an inner "it" after a person ("He said it had replied": no person is an it)."""
        if found.reference == "it" and self._outer_person(first, sentence, index):
            return False
        if not self._other_gender(found, first, sentence, index):
            # ("X, whose husband was killed, said he had told her": the husband, unless X is known
            # to be a he)
            nouns = _RELATIVES_BY_PRONOUN.get(found.reference or "")
            own = nouns.search(self.text, sentence.start, first.start()) if nouns is not None else None
            outer = self._source_of(first, sentence) if own is not None else None
            spoken = self._settle(outer, _cue_span(first), index) if outer is not None else None
            known = self.entities.genders.get(spoken.suggestion.source) if spoken and spoken.suggestion else None
            relative = own is not None and known != _PRONOUN_GENDERS.get(found.reference or "")
            return Settled(None, None) if relative else None
        return Settled(None, None) if self._unnamed_relative(found.reference or "", index) else False

    def _outer_person(self, first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether the outer speaker is a person ("He said", "X said", X a person's name)."""
        outer = self._source_of(first, sentence)
        if outer is None:
            return False
        if outer.reference in ("he", "she"):
            return True
        spoken = self._settle(outer, _cue_span(first), index)
        suggestion = spoken.suggestion if spoken is not None else None
        return suggestion is not None and self.entities.is_person(suggestion.source, outer.kind)

    def _outer_named(self, first: re.Match[str], sentence: Span, index: int) -> str | None:
        """The outer speaker when a named person (not a generic entry such as the anonymous one,
        whose staff are no one's in particular), else None."""
        spoken = self._outer_settled(first, sentence, index)
        source = spoken.suggestion.source if spoken is not None and spoken.suggestion is not None else None
        named = source is not None and not source.islower() and self.entities.is_person(source, spoken.kind
                                                                                         if spoken else None)
        return source if named else None

    def _unnamed_relative(self, pronoun: str, index: int) -> bool:
        """Tell whether the sentence or the one before speaks of an unnamed relative of the
        pronoun's gender ("whose husband is among them", "her son") whom the pronoun stands for."""
        nouns = _RELATIVES_BY_PRONOUN.get(pronoun)
        low = self.sentences[max(0, index - 1)].start
        return nouns is not None and nouns.search(self.text, low, self.sentences[index].end) is not None

    def _owns(self, own: list[tuple[str, bool] | bool | None], first: re.Match[str], found: Found | Settled | None,
              cue: re.Match[str], after: int, sentence: Span, index: int) -> bool:
        """Tell whether inner speech is that of the organisation the outer speaker heads (``own``:
        a one-item cache of it, False until looked for, which is done once per sentence and only
        when some inner speech is found)."""
        if found is None or own[0] is None:
            return False
        held = self._held(own, first, sentence, index)
        return isinstance(held, tuple) and self._is_own(held, found, cue, after, sentence, index, first)

    def _held(self, own: list[tuple[str, bool] | bool | None], first: re.Match[str], sentence: Span,
              index: int) -> tuple[str, bool] | bool | None:
        """The organisation the outer speaker heads (`_own_organisation`, else `_affiliation`),
        looked for once per sentence and kept in ``own``, a one-item cache (False until looked for)."""
        if own[0] is False:
            own[0] = self._own_organisation(first, sentence, index) or self._affiliation(first, sentence, index)
        return own[0]

    def _is_own(self, own: tuple[str, bool], found: Found | Settled, cue: re.Match[str], after: int,
                sentence: Span, index: int, first: re.Match[str]) -> bool:
        """Tell whether nested speech's speaker (found, or for a directive left to no one, the
        subject before its verb) is the organisation ``own`` the outer speaker heads (``first``: the
        outer cue)."""
        if cue.group("passive") and (isinstance(found, Settled)
                                     or _STAFF_AFTER.match(self.text, found.end, found.end + 40)):
            return False  # "X's own firm had been told by the city's department": the agent speaks; "the
            # foundation had been warned by its own surveyor": its staff, the foundation's words
        speaker = self._inner_speaker(after, cue.start(), sentence) if isinstance(found, Settled) else found
        if own[0] == _MAYORS_BODY:  # "Mayor X said the town council had warned": hers, registered or not
            if cue.group("passive"):
                return False  # ("the town had been told by the company": the company's)
            phrase = _AUXILIARY_END.sub("", self.text[after : cue.start()]).strip(" ,")
            return _CITY_BODY.fullmatch(phrase[5:] if phrase.startswith("that ") else phrase) is not None
        if speaker is not None and own[1]:  # the body itself: "the company", not "engineers at the authority"
            if speaker.start < after and self.text[self._clause_start(sentence) : speaker.start].strip():
                return False  # ("A clerk at the court, he said, had told him": its staff)
            phrase = _AUXILIARY_END.sub("", self.text[after : cue.start()]).strip(" ,") \
                if speaker.start >= after else self.text[speaker.start : speaker.end]  # ("The project, she said,")
            phrase = phrase[5:] if phrase.startswith("that ") else phrase
            named = self.by_start.get(speaker.start)
            documented = cue.lastgroup in ("finding", "test_finding", *_DOCUMENT_FINDINGS) \
                and (_DOCUMENT_BY.search(self.text, after, cue.start()) is not None
                     or _BODYS_DOCUMENT.match(self.text, self._words_start(after), cue.start()) is not None) \
                and not self._spokesperson_speaking(first, sentence, index)
            if _DESCRIBED.fullmatch(phrase) is None and not self._short_form_of(phrase, own[0]) and not (
                    named is not None and named.end == speaker.end
                    and _THE_BEFORE.sub("", phrase) == self.text[named.start : named.end]) \
                    and not documented:  # (what her own body's study found is hers too: "tests by the institute")
                return False
        spoken = self._inner_resolved(speaker, cue, index) if speaker is not None else None
        return spoken is not None and spoken.suggestion is not None and spoken.suggestion.source == own[0]

    def _spokesperson_speaking(self, first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether the person speaking at the outer cue was named as a spokesperson ("Its spokeswoman,
        X,"): what her body's own study found is the body's, as she is no head of it."""
        spoken = self._outer_settled(first, sentence, index)
        person = spoken.suggestion.source if spoken is not None and spoken.suggestion is not None else None
        return person is not None and any(
            mention.entry.name == person and SPOKESPERSON_WORD.search(self.text, max(0, mention.start - 40),
                                                                      mention.end + 40)
            for mention in self.mentions[: bisect.bisect_left(self.mention_starts, sentence.start)])

    @staticmethod
    def _short_form_of(phrase: str, name: str) -> bool:
        """Tell whether ``phrase`` is "the" and a word of the registered ``name`` ("the community"
        for "X Herders' Community")."""
        words = phrase.split()
        return len(words) == 2 and words[0].lower() == "the" and words[1].islower() \
            and words[1] in (word.lower() for word in name.split())

    def _own_organisation(self, first: re.Match[str], sentence: Span, index: int) -> tuple[str, bool] | None:
        """The organisation a speaker named in apposition to a role speaks as the head or officer
        of ("Its chair, X, said", "The chairman of Y, X, said", "X, coordinator for Y, said"),
        whose own words he reports as his: the organisation, and whether only the body itself
        (not its staff) is taken so (when "its" is unsure and the organisation named last is
        taken for it); or None."""
        start = self._clause_start(sentence)
        if _MAYOR.match(self.text, start, first.start()):  # "Mayor X said": the city's or town's body
            return _MAYORS_BODY, True
        if _MINISTER_TITLE.search(self.text, start, first.start()):  # "Culture Minister X said the Y Ministry of
            return self._introduced_head(index, _cue_span(first))  # Culture had written": her own ministry
        owner = _ITS_ROLE.match(self.text, start, first.start())
        role = (_ROLE_FOR.search(self.text, start, first.start())
                or _POSSESSIVE_ROLE.search(self.text, start, first.start())) if owner is None else None
        if _PARENTHETICAL_PRONOUN.search(self.text, start, first.start()):
            return None  # ("The agency's chief executive, he said, had told staff": the head speaks, not "he")
        described = _DESCRIBED_HEAD.match(self.text, start, first.start()) if owner is None and role is None else None
        if described is not None:  # "The company's country manager, X,": whatever "the company" is
            it = Found(None, described.start(), described.end("noun"), REFERENCE,
                       reference=described.group("noun").lower())
            antecedent = self.references.antecedent(it, index)
            return (antecedent.source, False) if antecedent is not None else None
        if owner is None and role is None:
            return None
        if owner is not None:  # "Its chair, X,": whatever "it" is, else the organisation named last
            it = Found(None, owner.start(), owner.start() + 3, REFERENCE, reference="it")
            antecedent = self.references.antecedent(it, index)
            if antecedent is not None:
                return antecedent.source, False
            last = self._subject_before(index) or self.organisation_named_last(start)
            return (last, True) if last else None  # (then only the body itself is hers: "the company
            # accepted", not "the team's doctors had told her")
        if role is None and _STAFF_APPOSITION.search(self.text, start, first.start()) \
                and not _HEADS_TOO.search(self.text, start, first.start()):
            return None  # ("X, a biologist at the Y Trust, said the trust's tagging had found": its staff)
        named = [mention for mention in self.mentions if start <= mention.start < first.start()
                 and self._organisation(mention)]
        if not named and role is not None and _SPOKESPERSON_ROLE.fullmatch(self.text, start, role.end()) \
                and (body := _BODY_AFTER_ROLE.match(self.text, role.end(), first.start())):
            # "X, a spokeswoman for the ports authority, maintained": the body "the ports authority" stands for
            it = Found(None, body.start(), body.end(), REFERENCE, reference=body.group("noun"))
            antecedent = self.references.antecedent(it, index)
            return (antecedent.source, False) if antecedent is not None \
                and not self.entities.is_person(antecedent.source, antecedent.kind) else None
        # (for "X, who heads Y, said", only the body itself: "engineers from the agency" are its staff)
        return (named[0].entry.name, role is not None and role.group().startswith("who")) if len(named) == 1 else None

    def _subject_before(self, index: int) -> str | None:
        """The registered organisation that opens the sentence before ("The X Bureau bought 60
        Talkiyan power banks ... Its director, Y, said": the bureau, not the brand named last), or None."""
        if index == 0:
            return None
        before = self.sentences[index - 1]
        start = self._clause_start(before)
        the = _THE.match(self.text, start, before.end)
        mention = self.by_start.get(the.end() if the else start)
        return mention.entry.name if mention is not None and self._organisation(mention) else None

    def _affiliation(self, first: re.Match[str], sentence: Span, index: int) -> tuple[str, bool] | None:
        """For a person speaking again ("He said the company had offered ..."): the organisation
        she was introduced with, where she first spoke ("Its chief executive, X," / "X, chief
        executive of Y," / "X, who leads Y,": the one organisation named before her cue there),
        so that what that body itself did is her own claim; or None."""
        spoken = self._outer_settled(first, sentence, index)
        person = spoken.suggestion.source if spoken is not None and spoken.suggestion is not None else None
        if person is None or not self.entities.is_person(person, spoken.kind if spoken else None):
            return None
        return self._affiliation_of(person, index)

    def _affiliation_of(self, person: str, index: int) -> tuple[str, bool] | None:
        """The organisation a person was introduced with where she first spoke before sentence
        ``index`` (see `_affiliation`), or None."""
        for earlier in range(self._first_spoken_to, index):  # (each sentence looked at once)
            settled = self.results[earlier]
            if settled is not None and settled.suggestion is not None:
                self._first_spoken.setdefault(settled.suggestion.source, earlier)
        self._first_spoken_to = max(self._first_spoken_to, index)
        first_spoke = self._first_spoken.get(person, index)
        introduced = self.results[first_spoke] if first_spoke < index else None
        cue_span = introduced.suggestion.cue_span if introduced is not None and introduced.suggestion else None
        held = self._introduced_head(first_spoke, cue_span) if cue_span is not None else None
        if held is None and (opening := self._named_opening(person, min(first_spoke, index))) is not None:
            held = self._introduced_head(*opening)  # ("X, president of Y, said staff had told ...", the
            # suggestion there the staff's: where she was introduced all the same)
        return held

    def _named_opening(self, person: str, before: int) -> tuple[int, tuple[int, int]] | None:
        """The first sentence before ``before`` whose clause opens with the person's name (a title
        or two before it allowed: "Mayor X") in apposition to a role ("X, president of Y, said"), and
        the span of its first cue after the name; or None."""
        for mention in self.mentions:
            if mention.entry.name != person:
                continue
            here = bisect.bisect_right(self.sentence_starts, mention.start) - 1
            sentence = self.sentences[here]
            if here >= before:
                return None
            if _TITLES_ONLY.fullmatch(self.text, self._clause_start(sentence), mention.start) is None:
                continue
            cue = next((cue for cue in self._cues(sentence) if cue.start() > mention.end), None)
            if cue is None and _MINISTER_TITLE.search(self.text, sentence.start, mention.start):
                return here, (mention.end, mention.end)  # ("Education Minister X suspended the contract")
            if cue is None or not (_ROLE_FOR.search(self.text, mention.end, cue.start())
                                   or _DESCRIBED_HEAD_AFTER.match(self.text, mention.end, cue.start())
                                   or _MINISTER_TITLE.search(self.text, sentence.start, mention.start)):
                return None  # (introduced by no role: "X, a herder, spent 14 months in prison")
            return here, (cue.start(), cue.end())
        return None

    def _introduced_head(self, here: int, cue_span: tuple[int, int]) -> tuple[str, bool] | None:
        """The organisation whose head or officer a person was introduced as in sentence ``here``,
        whose cue is at ``cue_span`` ("Its chief executive, X, said", "X, chief executive of Y,
        said", "according to its director, X"), with True (only the body itself is hers); or None."""
        start = self._clause_start(self.sentences[here])
        if cue_span[0] < start or _FORMER.search(self.text, start, cue_span[0]):
            return None  # ("Its former chairman, X,": no longer its)
        if (owner := _ITS_ROLE.match(self.text, start, cue_span[0])
                or _ITS_ROLE_AFTER_CUE.match(self.text, cue_span[1], self.sentences[here].end)):
            # "Its chief executive, X, said", "..., according to its director, X": what "it" stands
            # for there, else the organisation named last
            it_start = owner.start("its") if "its" in owner.re.groupindex else owner.start()
            it = Found(None, it_start, it_start + 3, REFERENCE, reference="it")
            antecedent = self.references.antecedent(it, here)
            last = antecedent.source if antecedent is not None else (
                self._subject_before(here) or self.organisation_named_last(start))
            names = {last} if last else set()
        elif _STAFF_APPOSITION.search(self.text, start, cue_span[0]) \
                and not _HEADS_TOO.search(self.text, start, cue_span[0]):
            return None  # ("X, a researcher at the Y Institute, said": its staff, not its head)
        else:  # "X, chief executive of Y, said", "Y's head of standards, X, said"
            low, high = bisect.bisect_left(self.mention_starts, start), bisect.bisect_left(self.mention_starts,
                                                                                           cue_span[0])
            names = {m.entry.name for m in self.mentions[low:high] if self._organisation(m)}
        if not names and (owner := _DESCRIBED_HEAD.match(self.text, start, cue_span[0])
                          or self._described_head_after(start, cue_span[0])
                          or _DESCRIBED_HEAD_CLOSING.search(self.text, start, cue_span[0])
                          or _WHO_HEADS_DESCRIBED.search(self.text, start, cue_span[0])):
            # "The service's chief fire officer, X, said", "X, who chairs the association, said": the
            # body "the service" stands for
            it = Found(None, owner.start(), owner.end("noun"), REFERENCE, reference=owner.group("noun").lower())
            antecedent = self.references.antecedent(it, here)
            names = {antecedent.source} if antecedent is not None and antecedent.kind != "person" else names
        if not names and _MAYOR.match(self.text, start, cue_span[0]):  # "Mayor X said": her city's body
            return _MAYORS_BODY, True
        if not names and (title := _MINISTER_TITLE.search(self.text, start, cue_span[0])):
            # "Environment Minister X said": her ministry, registered ("Horhanian Environment Ministry");
            # "Health Secretary X": her department
            field, kind = title.group("field").lower(), ("ministry" if title.group("title") == "Minister"
                                                         else "department")
            names = {m.entry.name for m in self.mentions if self._organisation(m)
                     and {field, kind} <= {word.lower() for word in m.entry.name.split()}}
            ministry = None if names else self.unnamed_organisation([field, kind], start)
            names = {ministry} if ministry else names
        return (names.pop(), True) if len(names) == 1 else None

    def _described_head_after(self, start: int, cue_start: int) -> re.Match[str] | None:
        """"X, the council's registrar, said": the role in apposition right after a name opening
        the clause at start, or None."""
        comma = self.text.find(",", start, cue_start)
        return _DESCRIBED_HEAD_AFTER.match(self.text, comma, cue_start) \
            if comma > start and self._named_subject(start, comma) else None

    def _deeper(self, cue: re.Match[str], sentence: Span, index: int, depth: int) -> Settled | None:
        """For speech nested in an inner verb's words ("Y told investigators that Z had promised
        him"): Z's suggestion when Z is named; None otherwise, and for a second verb of Y's own
        outside the words ("Y had briefed him and had warned that")."""
        deeper = self._nested(cue, sentence, index, depth + 1)
        that = _THAT.search(self.text, cue.end(), sentence.end)
        if deeper is None or deeper.suggestion is None or deeper.suggestion.cue_span is None or that is None:
            return None
        return deeper if deeper.suggestion.cue_span[0] > that.start() else None

    def _inner(self, cue: re.Match[str], after: int, sentence: Span) -> Found | Settled | None:
        """The speaker of a nested verb (``after``: where the outer cue ends): found; an empty
        suggestion when the speech is nobody's (a passive whose agent is unsure, an unnamed
        speaker, an organisation's directive); None when the verb reports no inner speech."""
        if cue.group("passive"):  # "X said he had been told by Y"
            found = self._agent(cue.end(), sentence)
            if found is None:  # "by her inspectors", "by X's predecessor": someone unsure
                return Settled(None, None)
        elif cue.group("object") and not self._told_a_claim(cue, sentence):
            return None
        elif any(own.match(self.text, self._words_start(after)) for own in _OWN_WORDS) \
                and not self._its_study(after, cue):
            return None  # "X said its letter to the ministry had warned that ...", "X said his team
            # had warned the ministry": X's own words
        else:
            found = self._subject_speaker(after, cue, sentence)
            if found is not None and _DEEPER.search(self.text, after, max(after, found.start)) \
                    and not _RELATIVE_AFTER.match(self.text, found.end, cue.start()):
                return None  # "X argued that Y had misread what Z had told him": X's words (but "X said
                # the boats had come from Y, which had assured the trust that": Y's)
            if cue.group("request"):
                return None  # "X said Y had asked her for a grant": an act X reports
        if found is not None and found.rank == SILENT:  # someone unnamed: nobody's, unless staff
            # (or an act the outer speaker reports; "A manager, he said, had told staff": before the cue)
            before = found.start < after and not _OWNER_OPENS.match(self.text, found.start)  # ("His superiors,
            # he said,": his own employer's, found otherwise)
            staff = self._staff_at(found.start, found.end, cue) if before else self._story_staff(after, cue)
            return staff or (None if self._reported_act(cue) else Settled(None, None))
        unnamed = self._unnamed_inner(cue, after) if found is None else None
        if unnamed is not None:
            return unnamed
        if self._no_inner_speech(cue, found, after):
            return None
        return found or self._story_staff(after, cue) or (
            None if self._reported_act(cue) and not self._offer_of_someone(after, cue) else Settled(None, None))

    def _offer_of_someone(self, after: int, cue: re.Match[str]) -> bool:
        """Tell whether a nested offer or threat is made by someone unnamed ("X said a buyer from
        the coast had offered him 250 cedis", "one of the strangers had offered"): the unnamed
        one's words, nobody's (not the outer speaker's report of an act: "the owners had offered", nor
        a body's: "a company had offered")."""
        if not _OFFERED.search(cue.group()):
            return False
        someone = _SOMEONE.match(self.text, self._words_start(after), cue.start())
        words = (someone.group("words") or someone.group("plural")).split() if someone is not None else []
        return bool(words) and not any(word in ORG_NOUNS or singular(word) in ORG_NOUNS or word in DOCUMENT_NOUNS
                                       or singular(word) in COMPANY_NOUNS for word in words)  # (no body, no paper)

    def _subject_speaker(self, after: int, cue: re.Match[str], sentence: Span) -> Found | None:
        """The speaker of a nested verb found before it (`_inner_speaker`), but for what tests or a
        report found, its author (`_document_author`), and for someone described by where they
        work, that body rather than the place ("a clerk at the assembly's offices": the assembly,
        not "offices")."""
        if cue.lastgroup in _DOCUMENT_FINDINGS:  # (no "had", or "had shown that": only a document's author)
            return self._document_author(after, cue) or self._bodys_document(after, cue)
        if cue.lastgroup == "test_finding":
            return self._document_author(after, cue) or self._bodys_document(after, cue) or (
                self._body_finding(after, cue, sentence) if cue.group().endswith(("found", "confirmed")) else None)
        if cue.lastgroup == "body_finding":  # (or its staff's: "scientists at the X Academy had recommended")
            return self._document_author(after, cue) or self._body_finding(after, cue, sentence)
        if cue.lastgroup == "joined_finding":  # the body named by its name that looked ("the X Institute had
            # weighed it and found"; not "the company had checked the slope and found it stable", maybe the
            # speaker's own, nor "the ministry had inspected the X Mining dam and found", the dam's owner)
            found = self._inner_speaker(after, cue.start(), sentence)
            named = self._body_named_between(after, cue.start())
            return found if found is not None and found.rank == REGISTRY_NAME and found.source == named else None
        found = self._inner_speaker(after, cue.start(), sentence)
        if found is None and cue.lastgroup == "finding":  # "a survey carried out by the university had
            # found that", "a ministry study had found that", "the trust's tagging had found that"
            found = self._document_author(after, cue) or self._bodys_document(after, cue)
        if found is not None and _ADDRESSEE_BEFORE.search(self.text, max(after, found.start - 40), found.start):
            return None  # ("an inspector's letter to the company had warned": not the company's words)
        if found is not None and found.rank == REFERENCE and found.reference not in _PRONOUNS:
            return self._staff_of_named(after, cue) or found
        officials = self.registry.entry("officials")
        if found is not None and officials is not None and found.source == officials.name:
            # "an official at the stores": the stores'; "council officials": the council named before
            return self._staff_of_named(after, cue) or self._officials_of_body(found) \
                or self.event_staff(*self._staff_span(after, cue)) or found
        return found

    def _body_finding(self, after: int, cue: re.Match[str], sentence: Span) -> Found | None:
        """For what a body found, confirmed or recommended as a thing ("X said the Y Institute had
        recommended covered tanks", "the bureau had confirmed the district's figures"): the body, when
        it is the verb's whole subject, named or referred to by its noun; else None (a person's "had
        found the gates open" is what she discovered)."""
        found = self._inner_speaker(after, cue.start(), sentence)
        if found is None or found.rank not in (REGISTRY_NAME, REFERENCE) or found.reference in _PRONOUNS \
                or self._is_person(found, named=False):
            return None
        low, high = self._trimmed(after, cue.start())
        subject = _AUXILIARY_END.sub("", self.text[low:high])
        subject = subject[5:] if subject.startswith("that ") else subject
        if "'" in subject or "\u2019" in subject:
            return None  # ("the ministry's epidemiologists": its staff)
        if not self._finding_as_claim(cue, sentence):
            return None  # ("the council had found money for", "had found the wreck", "had confirmed her booking")
        whole = low + len(subject) == found.end and self.text[low : found.start].strip().lower() in ("", "the")
        return found if whole else None

    def _finding_as_claim(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether what a body found, confirmed or recommended is a claim of its own: a finding of
        measure or absence ("no sign of erosion", "similar readings") or one made on inspections or in
        tests, figures confirmed ("the district's figures", "this"), a thing recommended (not a person
        for a post); not a thing discovered ("the wreck", "the leak", "itself short") or got ("money
        for"), nor a booking or an appointment confirmed."""
        verb = cue.group().split()[-1]
        if verb == "found":
            return _FINDING_OBJECT.match(self.text, cue.end()) is not None \
                or _ON_INSPECTION.search(self.text, cue.end(), sentence.end) is not None
        if verb == "confirmed":
            return _CONFIRMED_OBJECT.match(self.text, cue.end()) is not None
        return _PERSON_RECOMMENDED.match(self.text, cue.end()) is None

    def _finding_told_by_unnamed(self, first: re.Match[str], cue: re.Match[str], after: int, sentence: Span,
                                 index: int) -> bool:
        """Tell whether what a body found or recommended (`_body_finding`, not a document's finding) is
        told by an unnamed or generic speaker ("An official at the authority, speaking on condition of
        anonymity, said the authority had found problems"): her own claim, as the writers read it."""
        if cue.lastgroup not in ("body_finding", "test_finding") \
                or (cue.lastgroup == "test_finding" and self._document_author(after, cue) is not None):
            return False
        spoken = self._outer_settled(first, sentence, index)
        source = spoken.suggestion.source if spoken is not None and spoken.suggestion is not None else None
        return source is not None and source.islower()

    def _body_named_between(self, start: int, end: int) -> str | None:
        """The one registered organisation text[start:end] names by its name ("engineers from the X
        College of Engineering", "the X Metrology Institute"), or None (and for "X's own engineers",
        the speaker's own, maybe)."""
        if _OWN.search(self.text, start, end):
            return None
        low, high = bisect.bisect_left(self.mention_starts, start), bisect.bisect_left(self.mention_starts, end)
        named = {mention.entry.name for mention in self.mentions[low:high] if self._organisation(mention)}
        return named.pop() if len(named) == 1 else None

    def _officials_of_body(self, found: Found) -> Found | None:
        """For officials described by a body's noun ("council officials at the landing had
        assured her"): the one registered organisation named before that the noun stands for,
        as a Found over the noun; or None."""
        noun = _NOUN_BEFORE.search(self.text, max(0, found.start - 30), found.start)
        if noun is None or noun.group("noun") not in ORG_NOUNS:
            return None
        index = bisect.bisect_right(self.sentence_starts, found.start) - 1
        body = self._antecedent_body(noun.start("noun"), noun.end("noun"), noun.group("noun"), index)
        return Found(body, noun.start("noun"), found.end, REGISTRY_NAME) if body else None

    def _document_author(self, after: int, cue: re.Match[str]) -> Found | None:
        """For what tests or a report found ("tests by the X Institute last year had found"):
        the one registered organisation named as its author, or None."""
        document = _DOCUMENT_BY.search(self.text, after, cue.start())
        return self._author(document, after) if document is not None else None

    def _its_study(self, after: int, cue: re.Match[str]) -> bool:
        """Tell whether what "its" study found is told after the outer cue ("X, a biologist with the
        service, said its survey in 2039 had found"): the body's finding, sought as such (not the speaker's
        own document, as "X said its letter had warned" is a body's own)."""
        if cue.lastgroup not in ("finding", "test_finding", *_DOCUMENT_FINDINGS):
            return False
        document = _BODYS_DOCUMENT.match(self.text, self._words_start(after), cue.start())
        return document is not None and bool(document.group("its"))

    def _bodys_document(self, after: int, cue: re.Match[str]) -> Found | None:
        """For what a body's own study found, the body named by a noun before the document ("a
        ministry study", "a 2039 university survey") or by its possessive ("the trust's tagging"):
        the body that noun stands for, as a Found over it; or None."""
        document = _BODYS_DOCUMENT.match(self.text, self._words_start(after), cue.start())
        index = bisect.bisect_right(self.sentence_starts, after) - 1
        if document is not None and document.group("its"):  # "X, a vet with the service, said its tests had
            # found": the body named or described last before it
            body = self._body_before(document.start("its"), index, True)
            if body is None:  # ("a researcher in the academy's laboratory, said its tests": the academy)
                owners = list(_BODYS_POSSESSIVE.finditer(self.text, self.sentences[index].start, document.start("its")))
                owner = owners[-1] if owners else None
                body = self._antecedent_body(owner.start(), owner.end("noun"), owner.group("noun"), index) \
                    if owner is not None and owner.group("noun") in ORG_NOUNS else None
            return Found(body, *document.span("its"), REGISTRY_NAME) if body else None
        group = ("noun" if document.group("noun") else "owner") if document is not None else "noun"
        noun = document.group(group).lower() if document is not None else ""
        if document is not None and group == "owner" and noun not in ORG_NOUNS:  # "the survey's tracer tests":
            # the one body named before whose name holds the word (the "X Geological Survey")
            name = self.body_with_words([noun], document.start(group))
            return Found(name, document.start("whose"), document.end(group), REGISTRY_NAME) if name else None
        if document is None or noun not in ORG_NOUNS:
            return None
        low = document.start("whose") if group == "owner" else document.start(group)  # ("the trust": the
        # description)
        body = self._antecedent_body(low, document.end(group), noun, index)
        return Found(body, low, document.end(group), REGISTRY_NAME) if body else None

    def _author(self, document: re.Match[str], after: int) -> Found | None:
        """The one registered organisation named as a document's or a test's author (its group
        "author": "the X Institute", "the institute on clams"), or None."""
        low, high = (bisect.bisect_left(self.mention_starts, offset) for offset in document.span("author"))
        authors = [mention for mention in self.mentions[low:high] if self._organisation(mention)]
        if not authors:  # "tests by the institute on clams": the body the description stands for
            described = _DESCRIBED_AUTHOR.match(self.text, document.start("author"), document.end("author"))
            words = described.group().lower().split()[1:] if described is not None else []
            owners = [word[:-2] for word in words if word.endswith(("'s", "\u2019s")) and word[:-2] in ORG_NOUNS]
            noun = owners[0] if owners else next((word for word in reversed(words) if word in ORG_NOUNS), "")
            # ("the port captaincy"; "the university's marine station": the university)
            index = bisect.bisect_right(self.sentence_starts, after) - 1
            body = self._antecedent_body(described.start(), described.end(), noun, index) \
                if described is not None and noun in ORG_NOUNS else None
            return Found(body, described.start(), described.end(), REGISTRY_NAME) if body and described else None
        if len({mention.entry.name for mention in authors}) != 1:
            return None
        return Found(authors[0].entry.name, authors[0].start, authors[0].end, REGISTRY_NAME)

    def _unnamed_inner(self, cue: re.Match[str], after: int) -> Found | Settled | None:
        """For a nested verb that needs a speaker and has no candidate before it: a hospital's
        head or senior nurse or doctor giving an order ("a senior doctor had instructed them to":
        the hospital's); someone unnamed calling out ("a man on the piste had shouted up that":
        staff of the story's operator, else nobody's words); else None."""
        span = self._staff_span(after, cue)
        head = self.hospital_head(*span, self._directive(cue)) or self.school_staff(*span)
        if head is not None:
            return head
        if cue.lastgroup in ("shout", "addressed") and _SOMEONE_UNNAMED.fullmatch(self.text, *span):
            return self._story_staff(after, cue) or Settled(None, None)
        return None

    def _words_start(self, after: int) -> int:
        """Where the words after an outer cue begin, past phrases set before their "that" ("said
        in a statement on Monday that its dispatcher had told")."""
        phrase = _PHRASES_BEFORE_THAT.match(self.text, after)
        return phrase.end() if phrase is not None else after

    def _story_staff(self, after: int, cue: re.Match[str]) -> Found | None:
        """An unnamed inner speaker described as staff ("a regional manager had told her"),
        between the outer cue's end (or the last comma) and the nested verb: the story's one
        organisation that runs something (`Candidates.staff_of_the_story`); for a hospital's
        head or senior nurse or doctor giving an order ("the head nurse had told staff to"), the
        story's one hospital (`Candidates.hospital_head`); for someone described by where they
        work, that organisation (`_staff_of_named`); or None."""
        span = self._staff_span(after, cue)
        return self._staff_at(*span, cue) or self._staff_of_named(after, cue) or self._staff_of_owner(*span) \
            or self._staff_of_kind(*span)

    def _staff_of_kind(self, start: int, end: int) -> Found | None:
        """Unnamed staff of a kind ("a prison officer had told them"): the one public body of that kind
        named before (`Candidates.body_of_staff_kind`), as a Found over them; or None."""
        low, high = self._trimmed(start, end)
        name = self.body_of_staff_kind(low, high, whole=True)
        return Found(name, low, high, REGISTRY_NAME) if name is not None else None

    def _staff_at(self, start: int, end: int, cue: re.Match[str]) -> Found | None:
        """Unnamed staff at text[start:end] speaking at a nested verb: the story's one operator
        (`Candidates.staff_of_the_story`), or for a hospital's head or senior nurse or doctor
        giving an order, its one hospital (`Candidates.hospital_head`); or None."""
        return self.event_staff(start, end) or self.staff_of_the_story(start, end) \
            or self.hospital_head(start, end, self._directive(cue)) or self.school_staff(start, end) \
            or self._police_staff(start, end)

    def _police_staff(self, start: int, end: int) -> Found | None:
        """Officers or their commanders at text[start:end] in a police story ("his commander",
        "the local station's commander", "a traffic officer"): the registry's police
        (`Candidates.generic_one`), or None."""
        low, high = self._trimmed(start, end)
        officers = _POLICE_STAFF.fullmatch(self.text, low, high)
        return self._generic_one(officers.start("who"), officers.end("who")) if officers is not None else None

    def _directive(self, cue: re.Match[str]) -> bool:
        """Tell whether a nested verb gives an order ("had instructed them to", "had told staff
        on Friday not to"), not a claim."""
        if cue.lastgroup in ("order", "advice", "shouted_order"):
            return True
        return cue.lastgroup == "object" and _ORDER_AFTER.match(self.text, cue.end()) is not None

    def _staff_of_named(self, after: int, cue: re.Match[str]) -> Found | None:
        """For someone unnamed described by the registered organisation they work at ("the
        dispatcher at Zvolenka Doprava, which owns the coach,", "a harbour master of the X Port
        Authority"), before a nested verb: that organisation, as a Found over its name; or None."""
        start = after + len(self.text[after : cue.start()]) - len(self.text[after : cue.start()].lstrip())
        low, high = bisect.bisect_left(self.mention_starts, start), bisect.bisect_left(self.mention_starts, cue.start())
        named = [mention for mention in self.mentions[low:high] if self._organisation(mention)
                 and _SOMEONE_AT.fullmatch(self.text, start, mention.start)]
        if len({mention.entry.name for mention in named}) == 1:
            return Found(named[0].entry.name, named[0].start, named[0].end, REGISTRY_NAME)
        at = _SOMEONE_AT.match(self.text, start, cue.start())  # "a clerk at the assembly's offices":
        the = at.end() - 4 if at is not None and self.text[at.end() - 4 : at.end()].lower() == "the " else -1
        short = _CAPITALISED_RUN.match(self.text, at.end(), cue.start()) if at is not None and not named else None
        name = (self.entities.short_form(short.group(), start) if " " in short.group()
                else self._firm_of_staff(short, start, at, cue)) if short is not None and at is not None else None
        if short is not None and name is not None and self.registry.entry(normal_form(name)) is not None:
            # ("advisers at State House had told": the "Lumbazi State House" named before; "an engineer
            # from Kestrani": "Kestrani Pipelines")
            return Found(name, short.start(), short.end(), REGISTRY_NAME)
        end = self._staff_span(after, cue)[1]
        owner = _OWNER_NOUN.match(self.text, the, end) if the > 0 else None  # the body
        if owner is None and not named and at is not None and the > 0:  # "a clerk at the waterworks office":
            # the one body whose name holds the place's words ("X Waterworks Authority"), else for "a
            # surgeon at the hospital" the hospital it stands for
            place = self.place_of_work(at, the, end)
            if place is not None:
                return place
            owner = None if self.no_staff(at) else _BODY_NOUN.fullmatch(self.text, the, end)
        if named or owner is None or owner.group("noun").lower() not in ORG_NOUNS:  # "the assembly" is
            return None
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        body = self._antecedent_body(owner.start(), owner.end("noun"), owner.group("noun").lower(), index)
        return Found(body, owner.start(), owner.end("noun"), REGISTRY_NAME) if body else None

    def _firm_of_staff(self, short: re.Match[str], start: int, at: re.Match[str], cue: re.Match[str]) -> str | None:
        """For staff "from" or "at" one capitalised word ("an engineer from Kestrani", "clerks at
        Sinxay"): the one organisation named before whose name that word opens, when the word
        ends the description, the people are staff and the word is no place of the dateline (not "a
        trader from Losuwa", "an engineer from Dolmia")."""
        staff = _STAFF_WORD.search(self.text, start, at.end()) is not None
        ends = not self.text[short.end() : self._staff_span(start, cue)[1]].strip()
        place = short.group().casefold() in self._dateline_words()  # ("an engineer from Dolmia", the country)
        return self.entities.first_word_of(short.group(), start) if staff and ends and not place else None

    def _staff_span(self, after: int, cue: re.Match[str]) -> tuple[int, int]:
        """Where an inner speaker described as staff stands: from the outer cue's end (or the
        last comma) to the nested verb, without its auxiliaries ("had", "also")."""
        low = max(after, self.text.rfind(",", after, cue.start()) + 1)
        joined = self._joined_clause(low, cue.start())  # ("a guard had come down and told them")
        high = joined.start() if joined is not None else cue.start()
        high = low + len(_AUXILIARY_END.sub("", self.text[low:high]))
        high = low + len(STAFF_TIME_END.sub("", self.text[low:high]))  # ("the shift boss on duty on Saturday")
        opening = STAFF_TIME_START.match(self.text, low, high)  # ("that in March a manager")
        return (opening.end() if opening else low), high

    def _inner_or_colleagues(self, first: re.Match[str], after: int, cue: re.Match[str], sentence: Span,
                             index: int) -> Found | Settled | None:
        """A nested verb's speaker (`_inner`); when that is nobody's and the speaker is
        unnamed staff, the body that employs the unnamed employee who reports them."""
        bosses = _BOSSES.search(self.text, after, cue.start()) is not None
        works = not bosses and not cue.group("passive") and self.firms_staff(*self._staff_span(after, cue)) \
            and _TO_COLLEAGUES.match(self.text, cue.end()) is not None  # ("told them", "told staff": his own)
        if (bosses or works) and not cue.group("passive"):
            # "A postman ... said ... He said his depot manager had told", "A clerk at the authority ... said
            # a shift supervisor had told": his employer's, before any other body the story names near (for a
            # shift's or a site's staff, an employer his description gives, not the story's operator)
            employer = self._colleagues(first, after, cue, sentence, index, by_operator=not works)
            employer = None if works and employer is not None and _OUTSIDERS.search(employer.source or "") else employer
            if employer is not None:
                return employer
        fronted = self._fronted_bosses(first, after, cue, sentence) if not cue.group("passive") else None
        employer = self._colleagues(first, after, cue, sentence, index, fronted) if fronted is not None else None
        if employer is not None:  # "Her superiors, she said, had told inspectors to": her employer's
            return employer
        found = self._inner(cue, after, sentence)
        boss = _DESCRIBED_BOSS.fullmatch(self.text, found.start, found.end) if isinstance(found, Found) else None
        if isinstance(found, Found) and found.source is None and found.rank == REFERENCE and boss is not None \
                and (boss.group("owner") is None or boss.group("owner") in _BOSS_OWNERS) \
                and not cue.group("passive") and not cue.group("request") \
                and self._inner_resolved(found, cue, index) is None:
            # "A cellar hand at the winery, ..., said ... She said the cellar master had instructed the night
            # crew to": someone described by a job no body's name or word owns, whom the unnamed employee
            # reports: her employer's
            employer = self._employer_of_reporter(first, found, sentence, index)
            if employer is not None:
                return employer
        if (found is None or (isinstance(found, Settled) and found.suggestion is None)) and not cue.group("passive") \
                and not cue.group("request"):  # ("had asked the ministry for money": an act the employee reports)
            return self._colleagues(first, after, cue, sentence, index) \
                or (self._police_employees_bosses(first, sentence, index) if bosses else None) \
                or (self.company_of_the_story(*self._staff_span(after, cue)) if found is not None else None) or found
            # (last, unnamed staff the story ties to nothing else: its one company, "a factory manager")
        if isinstance(found, Found) and found.reference in _PRONOUNS \
                and _BOSSES.match(self.text, found.start, cue.start()) and self._employee(first, sentence, index):
            # "A worker, who asked not to be named, said ... He said his managers had told staff":
            # his employer's words when known, else nobody's (not his own)
            return self._colleagues(first, after, cue, sentence, index) \
                or self._police_employees_bosses(first, sentence, index) or Settled(None, None)
        return found

    def _fronted_bosses(self, first: re.Match[str], after: int, cue: re.Match[str],
                        sentence: Span) -> tuple[int, int] | None:
        """Where the outer speaker's bosses stand when they open the sentence before a cue set in
        commas and nothing but auxiliaries stands between that cue and the nested verb ("Her
        superiors, she said, had told inspectors", "His supervisor, according to the worker,
        had instructed the crews"), or None."""
        low, high = self._staff_span(after, cue)
        start = self._clause_start(sentence)
        comma = self.text.find(",", start, first.start())
        if self.text[low:high].strip() or comma < 0:
            return None
        bosses = _BOSSES.fullmatch(self.text, start, comma)
        pronoun = _OUTER_PRONOUN.search(self.text, comma, first.start())
        if bosses is not None and pronoun is not None and _PRONOUN_GENDERS.get(pronoun.group(1).lower()) \
                != _POSSESSIVE_GENDERS.get(bosses.group().split()[0].lower()):
            return None  # ("His managers, she said, had told him": another man's bosses)
        return bosses.span() if bosses is not None else None

    def _police_employees_bosses(self, first: re.Match[str], sentence: Span, index: int) -> Found | None:
        """For an unnamed employee described as police ("A police diver, who gave no name, said
        ... He said his commander had told the divers"): the registry's police, or None."""
        described = self._employee(first, sentence, index)
        entry = self.registry.entry("police") if described is not None \
            and _POLICE_WORD.search(self.text, *described) else None
        return Found(entry.name, *described, REGISTRY_NAME, entry.kind) if entry is not None and described else None

    def _colleagues(self, first: re.Match[str], after: int, cue: re.Match[str], sentence: Span,
                    index: int, fronted: tuple[int, int] | None = None, *, by_operator: bool = True) -> Found | None:
        """For unnamed staff with no word of whose ("managers", "his supervisor") whom an unnamed
        employee reports ("A worker at the landfill, who asked not to be named, said ... He said
        managers had told the crews to"): the body that employs him, as his description names
        or describes it (`Candidates.employer`), as a Found over the staff; or None. ``fronted``:
        where his bosses stand when they open the sentence (`_fronted_bosses`); not ``by_operator``: no
        employer found by the operator of a site his description names."""
        low, high = fronted or self._trimmed(*self._staff_span(after, cue))
        staff = self.unowned_staff(low, high)
        span = (staff.start("staff"), staff.end()) if staff is not None else None
        institution = self.institutions_staff(low, high) if span is None else None
        if institution is not None:  # "He said ministry managers had assured": his ministry's, if
            span = (low, high)  # his employer is one ("A transport ministry engineer")
        if span is None and (bosses := _BOSSES.fullmatch(self.text, low, high)) is not None:
            span = bosses.span()  # ("her station chief", "his commander")
        described = (self._employee(first, sentence, index) or self._named_employee(first, sentence, index)) \
            if span is not None else None
        if span is None or described is None:
            return None
        place = _AT_THE_BODY.search(self.text, span[1], high) or _AT_THE_BODY.search(self.text, *span)
        if place is not None and place.group("noun") in ORG_NOUNS:  # "her supervisor at the commission had
            # instructed": the commission, whatever her description
            body = self._antecedent_body(place.start("the"), place.end(), place.group("noun"), index)
            return Found(body, span[0], max(span[1], place.end()), REGISTRY_NAME) \
                if body and not self._speaks_at(body, first, sentence, index) else None
        # (his own bosses' body not by operators: "A handler at a border post" works for no guard firm)
        name = self.employer(*described, self._bodies_described(described, index),
                             by_operator=staff is not None and by_operator)
        if name is None and institution is not None:  # ("A transport ministry engineer": the one
            # ministry whose name holds "transport ministry")
            own = self._described_organisation(*described)
            name = own.source if own is not None else None
        if name is not None and institution is not None and institution not in name.lower().split():
            return None
        if name is None or self._speaks_at(name, first, sentence, index):
            return None  # (the speaker herself is no employer of hers)
        return Found(name, *span, REGISTRY_NAME)

    def _employer_of_reporter(self, first: re.Match[str], found: Found, sentence: Span, index: int) -> Found | None:
        """For someone described by a job as an inner speaker (``found``), when an unnamed employee
        reports them: the body that employs the employee (`Candidates.employer`), as a Found over
        the description; or None."""
        described = self._employee(first, sentence, index)
        if described is None:
            return None
        name = self.employer(*described, self._bodies_described(described, index))
        if name is None or self._speaks_at(name, first, sentence, index):
            return None
        return Found(name, found.start, found.end, REGISTRY_NAME)

    def _bodies_described(self, described: tuple[int, int], index: int) -> set[str]:
        """The registered bodies an unnamed employee's description names by a noun ("A technician in the
        board's control room": the board; not "A miner", the person; never the generic "officials" for "A
        ministry inspector")."""
        bodies = set()
        for word in LOWER_WORD.finditer(self.text, *described):
            if word.group() in ORG_NOUNS and self._names_a_body(word):
                the = _DETERMINER_BEFORE.search(self.text, described[0], word.start())  # "the water company"
                it = Found(None, the.start() if the else word.start(), word.end(), REFERENCE, reference=word.group())
                antecedent = self.references.antecedent(it, index)
                if antecedent is not None and not self.entities.is_person(antecedent.source, antecedent.kind) \
                        and not antecedent.source.islower():
                    bodies.add(antecedent.source)
        return bodies

    def _speaks_at(self, name: str, first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether ``name`` is the source the first cue of the sentence settles on."""
        spoken = self._outer_settled(first, sentence, index)
        return spoken is not None and spoken.suggestion is not None and spoken.suggestion.source == name

    def _outer_settled(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """The suggestion the sentence's first cue settles on by its own subject, or None."""
        outer = self._source_of(first, sentence)
        return self._settle(outer, _cue_span(first), index) if outer is not None else None

    def _names_a_body(self, word: re.Match[str]) -> bool:
        """Tell whether a noun for a body in a person's description stands for a body: after
        "the" or "its" ("at the water company"), before "'s", or before a word for people ("An agency engineer",
        "company employees"), not as the person ("A miner with 22 years at the site")."""
        if _DETERMINER_BEFORE.search(self.text, max(0, word.start() - 40), word.start()) \
                or self.text[word.end() : word.end() + 1] in ("'", "\u2019"):
            return True
        after = LOWER_WORD.match(self.text, word.end() + 1) if self.text[word.end() : word.end() + 1] == " " else None
        return after is not None and (after.group() in _EMPLOYEES or is_person_word(after.group())
                                      or is_person_word(singular(after.group())))

    def _named_employee(self, first: re.Match[str], sentence: Span, index: int) -> tuple[int, int] | None:
        """Where the registered person who speaks at the first cue was described by her work
        where first named ("X, a painter at Y, said" ... "X said the workshop's supervisor had
        told painters"), or None."""
        spoken = self._outer_settled(first, sentence, index)
        person = spoken.suggestion.source if spoken is not None and spoken.suggestion is not None else None
        if person is None or spoken is None or not self.entities.is_person(person, spoken.kind):
            return None
        if "'" in self.text[first.end() : sentence.end] or "\u2019" in self.text[first.end() : sentence.end]:
            return None  # ("the conservancy's rangers": whose they are is said)
        named = next((mention for mention in self.mentions if mention.entry.name == person), None)
        work = _AT_WORK.match(self.text, named.end, sentence.start) if named is not None else None
        return work.span("work") if work is not None else None

    def _employee(self, first: re.Match[str], sentence: Span, index: int) -> tuple[int, int] | None:
        """Where the unnamed employee who speaks at the first cue (the registry's anonymous
        entry) is described: in the sentence ("Two company employees, speaking on condition of
        anonymity, said"), or in the one that introduced him within the LOOKBACK before
        ("A ride operator, who ..., said ... He said"); or None."""
        entry = self.anonymous_entry()
        if entry is None:
            return None
        here = self._anonymous(sentence, first.start())
        if here is not None and here.source == entry.name:
            return here.start, here.end
        outer = self._source_of(first, sentence)
        if outer is None and first.group().lower().startswith("according"):  # "According to the worker,"
            outer = self._according(first.end(), sentence)
        spoken = self._settle(outer, _cue_span(first), index) if outer is not None else None
        if spoken is None or spoken.suggestion is None or spoken.suggestion.source != entry.name:
            return None
        for earlier in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
            settled = self.results[earlier]
            suggestion = settled.suggestion if settled is not None else None
            if suggestion is not None and suggestion.source == entry.name and suggestion.basis == "anonymous":
                return suggestion.source_span
        return None

    def _inner_settled(self, found: Found, cue: re.Match[str], first: re.Match[str], sentence: Span,
                       index: int) -> Settled | None:
        """Nested speech's suggestion, noting its outer speaker; for an inner speaker who does not
        resolve, an empty one, or None (the outer speaker's) after a verb of an act ("X said the
        army had called it ...", no army known: X's claim)."""
        settled = self._inner_resolved(found, cue, index)
        if settled is None:  # no one found: nobody's speech, or the outer speaker's words of an act
            return None if self._reported_act(cue) else Settled(None, None)
        settled = self._with_outer(settled, first, sentence, index)
        if settled.suggestion and settled.outer and settled.outer[0] == settled.suggestion.source \
                and (found.reference in _PRONOUNS or self._named_speaker(found, first, sentence)):
            # "He said she had ...": she is not he, whoever she is; nor is "the finance
            # minister" the named speaker in "X told the chamber that the finance minister had
            # warned her"
            return Settled(None, None)
        return settled

    def _inner_resolved(self, found: Found, cue: re.Match[str], index: int) -> Settled | None:
        """An inner speaker's suggestion: the candidate settled, else the story's one body whose
        unnamed staff it describes ("the home's manager", no name fitting "the home"), else for
        "the company's supervisors", no name known as a company, the company named last."""
        settled = self._settle(found, cue.span(), index)
        staff = self._staff_at(found.start, found.end, cue) or self._staff_of_owner(found.start, found.end) \
            if settled is None else None
        if staff is None and settled is None and found.rank == REFERENCE and found.reference in _PLAIN_COMPANY:
            staff = self.company_named_last(found)
        return self._settle(staff, cue.span(), index) if staff is not None else settled

    @staticmethod
    def _reported_act(cue: re.Match[str]) -> bool:
        """Tell whether a nested verb whose speaker is unknown reports an act, which is the
        outer speaker's claim ("X said queues had threatened to block the road", "X said the
        laboratory had found the insecticide"), not speech of someone unnamed (a promise is
        speech of its own: "the city's finance office had promised"; so are "had given the
        company written assurances")."""
        promise = (cue.lastgroup in ("promise", "own_promise") and _PROMISED.search(cue.group()) is not None) \
            or cue.lastgroup in ("pledge", "lodged")
        kind = nested_kind(cue)
        return (kind.act and not promise) or kind.speaker == BODY_SPEAKER

    def _named_speaker(self, found: Found, first: re.Match[str], sentence: Span) -> bool:
        """Tell whether an inner description of a person ("the finance minister") comes after
        an outer speaker named in the sentence, who would not be described so."""
        if found.rank != REFERENCE or not found.reference or not names_a_person(found.reference):
            return False
        outer = self._source_of(first, sentence)
        return outer is not None and outer.rank in (REGISTRY_NAME, TEXT_NAME)

    def _told_a_claim(self, cue: re.Match[str], sentence: Span) -> bool:
        """Tell whether an "object" verb tells someone a claim ("had told him that"), not of
        or about a thing, or nothing ("had informed the agency of the problem", "had told her
        nothing": the outer speaker's words)."""
        told = NESTED_OBJECT.match(self.text, cue.end(), sentence.end)
        return told is not None and (_OF_A_THING.match(self.text, told.end(), sentence.end) is None
                                     or _THAT.search(self.text, told.end(), sentence.end) is not None
                                     or _HEAD_OF_TOLD_TO.match(self.text, told.end(), sentence.end) is not None)

    def _agent(self, end: int, sentence: Span) -> Found | None:
        """The agent of a passive nested verb ("had been told by Y"): a person named in
        apposition to a role ("by the former minister, Radu Lenc,"), else the candidate after
        "by" unless a pronoun ("by him": unsure whom); no one named for an indefinite agent
        ("by a neighbour") or a capitalised modifier of a common noun ("by Kaltrian soldiers")."""
        found = self._named_in_apposition(end, min(sentence.end, end + 120), sentence)
        phrase_end = _AGENT_PHRASE_END.search(self.text, end, sentence.end)
        city = self._city_staff(end, phrase_end.start()) if phrase_end else None
        if city is not None:  # "had been told by the city's traffic department in June"
            return city
        staff = self.staff_of_the_story(end, phrase_end.start()) if phrase_end else None
        if staff is not None:  # "had been told by depot managers in June": the operator's
            return staff
        owned = self._agent_of_a_body(end, phrase_end.start(), sentence) if phrase_end else None
        if owned is not None:  # "by an engineer from the agency", "by the board's helpline": theirs
            return owned
        owned = self._staff_of_owner(end, phrase_end.start()) if phrase_end else None
        if owned is not None:  # "by its chief inspector", "by Yeliba's supervisors", "by prison staff"
            return owned
        found = found or self._after(end, sentence)
        unnamed = _INDEFINITE.match(self.text, end, sentence.end)
        if unnamed and found is not None and NO_LONGER.search(self.text, unnamed.end(), found.start):
            return Found(None, end, end + 1, SILENT)  # "by a former Milvane engineer": no one's
        if (found is None and unnamed) or (found is not None and found.rank == TEXT_NAME
                                           and _ORIGIN.match(self.text[found.start : found.end])
                                           and (unnamed or _HEAD_NOUN.match(self.text, found.end, sentence.end))):
            return Found(None, end, end + 1, SILENT)
        if found is not None and self.text[found.end : found.end + 2] in ("'s", "\u2019s") \
                and not _AGENT_SPEAKS_FOR.match(self.text, found.end, sentence.end):
            return None  # "by Kaspari's predecessor": not Kaspari (but "by X's board": X)
        return None if found is None or found.reference in _PRONOUNS else found

    def _staff_of_owner(self, start: int, end: int) -> Found | None:
        """Unnamed staff of a body (a passive's agent, or a nested verb's subject) named by "its", by the first word of
        its name, or by a noun before "staff" (text[start:end]: "its chief inspector", "Yeliba's
        supervisors", "prison staff", "the ministry's control room"): that body, as a Found over
        the words that name it ("its", "Yeliba", "the ministry"); or None."""
        staff = _AGENT_STAFF.fullmatch(self.text, start, end)
        if staff is None:
            return None
        owner = next(group for group in ("its", "noun", "first", "modifier", "unit", "kind") if staff.group(group))
        low, high = (staff.start("modifier" if owner == "modifier" else "owner"), staff.end(owner))
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        own = staff.group("own") is not None  # ("X had been told by its inspectors": not X's own, unless said)
        if owner == "its":  # the body the sentence names last before it, else what "it" stands for
            before = self._body_before(start, index, own)  # ("": one described that is no registered body)
            name = before if before is not None else self._antecedent_body(low, high, "it", index)
        elif owner == "noun":  # "the ministry's control room" (an owner only a company's: "the firm's
            # owner", not "the agency's owner", a business no registered body may be)
            noun = staff.group("noun").lower()
            owned = _OWNERS.search(staff.group("staff")) is None or noun in COMPANY_NOUNS
            name = self._antecedent_body(low, high, noun, index) if noun in ORG_NOUNS and owned else None
            if noun not in ORG_NOUNS and noun not in PLACE_NOUNS and (_OWNERS.search(staff.group("staff")) is None
                                          or _AN_OWNER.search(self.text, 0, start) is None):
                name = self.body_with_words([noun], start)  # ("the lodge's guides", "the resort's owners":
                # the one body whose name holds the word; no owner when the story has named one a person)
                if name is None and noun in _VESSELS and _OWNERS.search(staff.group("staff")) is None:
                    name = self.operator_of_vessel(start)  # ("the ship's chief engineer": the one ferry line's;
                    # not its owner, whoever that is)
        else:  # "Yeliba's supervisors", "a Yeliba inspector", "prison staff": the one body named before
            # whose name holds the word
            word = staff.group(owner).lower()  # (or, for "company staff", the company it stands for)
            name = self.body_with_words([word], start) or (
                self._antecedent_body(low, high, word, index) if word in ORG_NOUNS else None)
        return Found(name, low, high, REGISTRY_NAME) if name else None

    def _antecedent_body(self, start: int, end: int, noun: str, index: int) -> str | None:
        """The body a reference at text[start:end] ("it", "the ministry") stands for, or None (a
        person's)."""
        antecedent = self.references.antecedent(Found(None, start, end, REFERENCE, reference=noun), index)
        return antecedent.source if antecedent is not None and not self.entities.is_person(
            antecedent.source, antecedent.kind) else None

    def _body_before(self, end: int, index: int, own: bool) -> str | None:
        """The body the sentence names or describes last before an offset ("the foundation",
        "Mmila's", "the Orvenne Fisheries Board"), for an "its" that follows, but for the subject
        of a passive unless ``own`` ("Dúlra had been told by its inspectors": not Dúlra's); "" for
        one that is no registered body's; None when there is none."""
        sentence = self.sentences[index]
        bodies = [match for match in _BODY_MENTIONED.finditer(self.text, sentence.start, end)
                  if own or not _PASSIVE_AFTER.match(self.text, match.end())]
        low, high = (bisect.bisect_left(self.mention_starts, offset) for offset in (sentence.start, end))
        named = [mention for mention in self.mentions[low:high] if self._organisation(mention)
                 and (own or not _PASSIVE_AFTER.match(self.text, mention.end))]
        if named and (not bodies or named[-1].start > bodies[-1].start()):
            return named[-1].entry.name
        if not bodies:
            return None
        last = bodies[-1]
        if last.group("first"):  # "Mmila's helpline": the one body whose name holds the word
            return self.body_with_words([last.group("first").lower()], end) or ""
        noun = last.group("noun").lower()
        if noun not in ORG_NOUNS:  # "the mill", "the dairy": the one body whose name holds it ("Kestrin Mills")
            return "" if noun.endswith("s") else self.body_with_words([noun], end) or ""
        return self._antecedent_body(last.start(), last.end(), noun, index) or ""

    def _agent_of_a_body(self, start: int, end: int, sentence: Span) -> Found | None:
        """A passive's agent that is a body's staff or unit (text[start:end]: "an engineer from
        the agency", "the board's helpline"): that body, found as a subject ending there would
        be, or None."""
        found = self._at_end(end, sentence)
        if found is None or found.start < start or found.rank == SILENT or (
                found.rank == REFERENCE and (found.reference in _PRONOUNS or found.reference not in ORG_NOUNS)):
            return None
        return found

    def _no_inner_speech(self, cue: re.Match[str], found: Found | None, after: int) -> bool:
        """Tell whether a nested verb reports no speech of its own, by who must speak it (its
        row's speaker in `annotate.attribution_cues`' table): a verb that reports speech only with a
        speaker, who is missing ("X said the data had suggested that"; "X said the rules had
        asked Y to"), a finding of no body, a passive ("had been warned that"), or a thing's
        ("X said tests had confirmed that": no one speaks, X's words)."""
        if not cue.group("passive") and _PASSIVE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()):
            return True  # "X said Y had been warned that ...": no one named warned
        if found is None and _THING_SUBJECT.search(self.text, max(after, cue.start() - 40), cue.start()) \
                and not self._someone_described(after, cue):  # (not "the firm that maintains the alarm had")
            return True  # "X said tests had confirmed that ...": no one speaks, X's words
        speaker = nested_kind(cue).speaker
        if speaker == BODY_SPEAKER:  # "Ortiz had found that the gates were open": discovered
            return found is None or self._is_person(found, named=False)
        if found is not None:
            return False
        if speaker == FOUND_SPEAKER:  # "the data had suggested that": no speaker, no speech; but
            # "the dealer's salesman had sworn to him that": someone unnamed, whose words they are
            return not self._someone_described(after, cue)
        # "X apologised and insisted that": the verb's subject is the earlier verb's (not "X said a
        # guard had come down and told them to", someone unnamed in X's words)
        return _CONJUNCTION.search(self.text, max(0, cue.start() - 5), cue.start() - 1) is not None \
            and self._joined_clause(after, cue.start()) is None

    def _someone_described(self, after: int, cue: re.Match[str]) -> bool:
        """Tell whether a nested verb's subject is someone described, not named, who is not the
        outer speaker ("the dealer's salesman", "one of the officers", "the council's finance
        department"): a determiner or a possessive, then words ending in one for a person or an
        office."""
        low, high = self._trimmed(*self._staff_span(after, cue))
        described = _SOMEONE_DESCRIBED.fullmatch(self.text, low, high)
        if described is None:
            return False
        last = described.group("last").lower()
        if described.group("own"):
            return last in _SUPERIOR_WORDS
        return is_person_word(last) or is_person_word(singular(last)) or last in _OFFICE_WORDS \
            or (not described.group("own") and last in COMPANY_NOUNS)  # (an unregistered firm)

    def _other_gender(self, found: Found, first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether an inner "he"/"she" cannot be the outer speaker, whose gender is known
        to differ ("The minister said she had told him", the minister a man): someone else. For
        an outer "He"/"She", resolves it and records the gender of the one it stands for."""
        gender = _PRONOUN_GENDERS.get(found.reference)
        outer = self._source_of(first, sentence) if gender else None
        if outer is not None and outer.reference in ("he", "she"):
            if outer.reference == found.reference:
                return False
            # "He said she had promised him": someone else; the outer "He" resolved first, and
            # the one it stands for known as a man when "she" is looked for
            spoken = self._settle(outer, _cue_span(first), index)
            if spoken is not None and spoken.suggestion is not None:
                self.entities.genders.setdefault(spoken.suggestion.source, _PRONOUN_GENDERS[outer.reference])
            return True
        spoken = self._settle(outer, _cue_span(first), index) if outer else None
        if spoken is None or spoken.suggestion is None:
            return False
        known = self.entities.genders.get(spoken.suggestion.source)
        if known is None:  # "X said in his email that she had promised": his, so X is a man
            own = _OWN_POSSESSIVE.match(self.text, first.end(), found.start)
            known = _PRONOUN_GENDERS.get({"his": "he", "her": "she"}[own.group("own")]) if own else None
        return known is not None and known != gender

    def _writers_own(self, first: re.Match[str], found: Found, sentence: Span) -> bool:
        """Tell whether a nested verb's speaker is the one a statement cue opening the sentence
        introduces ("In a letter, X told Y that ..."): the sentence's own verb."""
        if first.lastgroup != "statement":
            return False
        outer = self._source_of(first, sentence)
        return outer is not None and outer.start == found.start

    def _with_outer(self, settled: Settled, first: re.Match[str], sentence: Span, index: int) -> Settled:
        """Nested speech's suggestion, noting its outer speaker, whom "it" in a later sentence
        stands for rather than the inner one (the subject is the more salient)."""
        if settled.suggestion is None:
            return settled
        outer = self._source_of(first, sentence)
        spoken = self._settle(outer, _cue_span(first), index) if outer else None
        if spoken is None or spoken.suggestion is None:
            return settled
        if spoken.suggestion.basis == "anonymous":
            self.anonymous_outer[index] = spoken.suggestion
        self.outer_spoken[index] = spoken
        return settled._replace(outer=(spoken.suggestion.source, spoken.kind))

    def _inner_speaker(self, after: int, cue_start: int, sentence: Span) -> Found | None:
        """The speaker of nested speech before its verb: the anonymous entry for "X said an
        official, who asked not to be named, had told her" (not for "According to an official
        who ..., Devaki had told": Devaki), else the subject."""
        subject = self._subject(cue_start, sentence)
        first_verb = self._joined_clause(after, cue_start)
        if first_verb is not None and (subject is None or subject.start < after):
            # "X said Y had inspected the ship and had told the crew ...": the subject of Y's
            # first verb, not the clause's (X)
            subject = self._subject(first_verb.end(), sentence)
        if subject is None and _AFTER_PARENTHESIS.fullmatch(self.text, after, cue_start):
            subject = self._before_parenthesis(after, sentence)  # "Y, she said, had told"
        anonymous = ANONYMITY.search(self.text, after, cue_start)
        if anonymous is None or (subject and subject.start > anonymous.end() and (
                subject.rank in (REGISTRY_NAME, TEXT_NAME, DESCRIPTIVE_ALIAS)
                or (subject.rank == REFERENCE and subject.reference not in _PRONOUNS))):
            return subject
        comma = comma_before(self.text, after, anonymous.start())
        low = self._trimmed(after, comma)[0]
        return self._anonymous_entry(anonymous, low, comma if comma > low else anonymous.start())

    def _joined_clause(self, after: int, cue_start: int) -> re.Match[str] | None:
        """For a nested verb joined to an earlier verb of a clause in the outer speaker's words
        ("X said Y had inspected the ship and had told the crew"): that clause's first
        auxiliary, where Y's own verb starts; else None (and for a passive one, "the survey had
        been done ... and had found": no one's finding)."""
        joined = _JOINED_VERB.search(self.text, max(after, cue_start - 60), cue_start)
        first_verb = _FIRST_AUXILIARY.search(self.text, after, joined.start()) if joined is not None else None
        if first_verb is None and joined is not None and not joined.group().strip().startswith(("and had", "but had")):
            # "a ministry inspector visited the mill in August and told the women": a verb in the past
            first_verb = _FIRST_PAST_VERB.search(self.text, after, joined.start())
        return first_verb if first_verb is not None and not first_verb.groupdict().get("passive") else None

    def _before_parenthesis(self, after: int, sentence: Span) -> Found | None:
        """For "Y, she said, had told ...", the outer cue (ending at after) set in commas:
        the subject before them, Y."""
        comma = self.text.rfind(",", sentence.start, after)
        opening = _PARENTHESIS.fullmatch(self.text, comma, after) if comma > sentence.start else None
        if opening is None:
            return None
        found = self._at_end(comma, sentence, False, False)
        low = sentence.start + len(self.text[sentence.start : comma]) - len(self.text[sentence.start : comma].lstrip())
        return found or (Found(None, low, comma, SILENT) if comma > low else None)  # someone unresolved

    def _source_of(self, cue: re.Match[str], sentence: Span) -> Found | None:
        """The source candidate a cue attaches to, by the kind of cue."""
        start, end = _cue_span(cue)
        kind = cue.lastgroup
        if kind == "according":
            return self._according(end, sentence) or self._according_unnamed(end, sentence) \
                or self._according_to_records(end, sentence)
        if kind == "quoted":
            if cue.group("who") and not cue.group("who").lower().startswith("by "):
                start, end = cue.span("who")  # "quoted the agency's director, Eva Toller, as"
                owned = self._spoken_for(end, sentence, start)  # "quoted the agency's director as"
                if isinstance(owned, Found) and owned.start == start:
                    return owned
                found = self._named_in_apposition(start, end, sentence) or self._after(start, sentence, end)
                if found is not None and found.rank == TEXT_NAME and _INDEFINITE.match(self.text, start - 1, end) \
                        and (_HEAD_NOUN_AFTER.match(self.text, found.end, end)
                             or _PLACE_BEFORE.search(self.text, start, found.start)):
                    return None  # "quoted a Dalmic negotiator as saying": a modifier, no one named;
                    # "quoted a pensioner from the village of X": a place
                return found
            return self._subject(start, sentence, passive=True)
        if kind == "statement":
            return self._statement(start, end, sentence)
        if kind == "document_verb" or (kind == "verb" and _DOCUMENT_OPENING.match(
                self.text, self._clause_start(sentence), start)):
            return self._document_source(cue, sentence)
        if kind == "participle":  # "X cut its forecast, saying ..."
            if self.text[start:end] == "citing" and _REFUSED.search(self.text, self._clause_start(sentence), start):
                return None  # "X declined to discuss the remarks, citing the police inquiry": a reason
            cited = self._cited(end, sentence) if self.text[start:end] == "citing" else None
            return cited or self._clause_subject(sentence, start)
        return self._speaker(cue, sentence)

    def _document_source(self, cue: re.Match[str], sentence: Span) -> Found | None:
        """The source of a document's verb ("The report lists", "Figures from the board show") or of a
        verb after a clause opened by a document ("A notice on the agency's website promised", "The
        commission's tests found that"): the document's subject or its owner."""
        start = _cue_span(cue)[0]
        if cue.lastgroup == "document_verb":
            return self._subject(start, sentence, documents_only=True) or self._figures_owner(start, sentence)
        return self._figures_owner(start, sentence) or self._speaker(cue, sentence)

    def _figures_owner(self, start: int, sentence: Span) -> Found | None:
        """For a body's figures, data or records opening the clause before "show" ("Figures from the
        board show that", "Figures published by the authority show", "The authority's own figures
        show", "Board figures show"): the body, named or described, whose they are; or None."""
        low = self._clause_start(sentence)
        owned = _FIGURES_OF.fullmatch(self.text, low, start) or _OWNERS_FIGURES.fullmatch(self.text, low, start)
        if owned is None:
            return None
        if owned.re is _FIGURES_OF and owned.group("of") and _TESTS_OPENING.match(self.text, low):
            return None  # ("Tests of the officials found": tests of them, not by them)
        return self._owning_body(owned.start("owner"), owned.end("owner"), sentence)

    def _owning_body(self, start: int, end: int, sentence: Span) -> Found | None:
        """The body, named or described, that text[start:end] is whole (the owner of figures or records),
        or None: not people, nor the generic crowds ("Figures from the farmers", "Records of Anna Berg",
        "Figures from witnesses")."""
        found = self._after(start, sentence, end)
        if found is None or found.end != end or found.rank in (TEXT_NAME, SILENT) or (
                found.rank == REFERENCE and found.reference not in ORG_NOUNS and found.reference not in _PUBLIC_NOUNS):
            return None
        if found.source is not None and (found.source.islower() or self.entities.is_person(found.source, found.kind)
                                         or (found.rank == REGISTRY_NAME and not self._shows_a_body(found.source))):
            return None
        return found

    def _shows_a_body(self, name: str) -> bool:
        """Tell whether a registered name shows an organisation: known as one in the article, or by
        a word for a body or a company's suffix in it ("Records of Anna Berg" are no body's)."""
        return self.entities.kinds.get(name) == ORGANISATION or body_kind(name) is not None \
            or any(word in ORG_WORDS for word in name.replace(".", " ").split())

    def _statement(self, start: int, end: int, sentence: Span) -> Found | None:
        """The source of a statement cue ("In a statement, the ministry ...", "X raised the
        toll in a post")."""
        comma = self.text.find(",", end, min(sentence.end, end + 80))
        if start in self.openers and comma > 0:  # "In a statement, the ministry ..."
            if _BY.search(self.text, end, comma) and self._ends_in_role(max(end, comma - 40), comma):
                return None  # "In a statement read by his lawyer, X, ...": X names the lawyer;
                # the clause's own cue tells who speaks
            found = self._after(comma + 1, sentence)
            if found and self.text[comma + 1 : found.start].strip():
                return None  # not the subject ("..., the union accused X"): its verb's
            named = self._named_in_apposition(comma + 1, min(sentence.end, comma + 120), sentence)
            if found is not None and named is not None and found.end < named.start \
                    and self.text[found.end : found.end + 2] in ("'s", "\u2019s"):
                return named  # "In a letter, the union's records officer, X, wrote": X
            return found
        verb = _FINDING_BEFORE.search(self.text, max(sentence.start, start - 16), start)
        if verb is not None and self.text[: verb.start()].rstrip()[-1:] != ",":  # "..., the Audit Court
            found = self._subject(verb.start(), sentence)  # found in a report": the court
            if found is not None:
                return found
        words = self.text[self._clause_start(sentence) : start].lower().split()
        if any(w in PASSIVE_WORDS or (w in STOP_WORDS and w != "to") or w.endswith("n't")
               or w in _CONTENTLESS for w in words):
            return None  # "X was named in a report", "X will respond in a statement", "X
            # spoke to the agency in an interview": no claim
        return self._clause_subject(sentence, start)  # "X raised the toll in a post"

    def _speaker(self, cue: re.Match[str], sentence: Span) -> Found | None:
        """The source of a reporting verb: anonymous, after it ('"...," said X') or before it."""
        start, end = _cue_span(cue)
        if self.text[start:end] == "continued" and not _CLOSING_QUOTE.search(self.text, sentence.start, start):
            return None  # "Fighting continued.", but '"...," she continued.'
        if _UNTIL_BEFORE.search(self.text, max(sentence.start, start - 30), start):
            return None  # "suspended the keeper until it reports": what is yet to be said
        anonymous = self._anonymous(sentence, start) or self._anonymous_after(start, end, sentence)
        if anonymous:
            return anonymous
        before = self.text[max(sentence.start, start - 3) : start].rstrip()
        if before[-1:] in (",", "\u201d", '"') and _OWNED_ROLE_AFTER.match(self.text, end):
            named = self._named_in_apposition(end, min(sentence.end, end + 120), sentence)
            if named is not None:  # '"...," said its head, Emeline Haegelé.': she
                return named
        if self._inverted(start, end, sentence, cue) and not self._subject_in_apposition(start, sentence):
            # '"...," said Anselm Ruiz.' (not "The authority's head, Yulita Tandirerung, said the
            # company, Langi Sehat, had sold ...": a subject set off by commas, no clause before)
            found = self._after(end, sentence)
            if found and self._ends_inversion(found, sentence) and self._right_after(end, found):
                return found
        subject = self._subject(start, sentence)
        if subject is not None and subject.reference in _OBJECT_PRONOUNS \
                and _RELATIVE_VERB_END.search(self.text, max(sentence.start, subject.start - 40), subject.start):
            return None  # "the university that owns it said": not "it", the object of the relative
            # clause; the subject is the one described
        return subject

    def _according(self, end: int, sentence: Span) -> Found | None:
        """The source right after "according to" ("the ministry", "a statement from X"; "the
        charge sheet", "the indictment": the registry's prosecutors, whose documents they are)."""
        found = self._according_named(end, sentence)
        charged = _PROSECUTION_DOCUMENT.match(self.text, end, sentence.end)
        if found is not None and (charged is None or not charged.group("document").endswith("prosecution")):
            return found  # (a described prosecution resolves to no body: the registry's prosecutors)
        entry = self.registry.entry("prosecutors") if charged is not None else None
        if charged is not None and entry is not None:
            return Found(entry.name, charged.start("document"), charged.end(), REGISTRY_NAME, entry.kind)
        return found

    def _according_to_records(self, end: int, sentence: Span) -> Found | None:
        """After "according to", a body's records, log or figures ("the drilling log of the X Service",
        "records kept by the board", "figures the inspectorate took from the recorder"): the body,
        named or described, as a Found over its words; or None."""
        records = _RECORDS_OF.match(self.text, end, sentence.end) or _RECORDS_TAKEN.match(self.text, end, sentence.end)
        return self._owning_body(records.start("owner"), records.end("owner"), sentence) if records else None

    def _according_named(self, end: int, sentence: Span) -> Found | None:
        """The source named or described right after "according to" (or a pronoun for one:
        "According to her,", which stands for whom "she" would)."""
        pronoun = _OBJECT_PRONOUN.match(self.text, end, sentence.end)
        if pronoun is not None:
            word = pronoun.group("pronoun")
            return Found(None, pronoun.start("pronoun"), pronoun.end("pronoun"), REFERENCE,
                         reference=_SUBJECT_OF[word.lower()])
        own = _ITS_DOCUMENT.match(self.text, end, sentence.end)
        if own is not None:  # "The mill treated six, according to its records": the body the sentence
            # names before, else whatever "it" ("they") stands for
            word = own.group("owner").lower()
            body = self._opening_body(sentence) if word == "its" else None
            if body:
                return Found(body, own.start("owner"), own.end("owner"), REGISTRY_NAME)
            return Found(None, own.start("owner"), own.end("owner"), REFERENCE,
                         reference="it" if word == "its" else "they")
        published = _DOCUMENT_PUBLISHED.match(self.text, end, sentence.end)
        author = self._published_by(published.end("author"), sentence) if published is not None else None
        if author is not None:
            return author
        lead = _ACCORDING_SOURCE.match(self.text, end, sentence.end)
        noun = lead.group("noun") if lead else None
        common = lead is not None and noun is not None and noun.islower()  # not "Chamber of"
        if common and noun not in _SOURCE_NOUNS:
            return None
        # After "figures from", the window for the source starts anew (long names fit in it).
        found = self._after(lead.end("lead") if lead and common else end, sentence)
        if found is None and (worker := _ACCORDING_WORKER.match(self.text, end, sentence.end)) is not None \
                and is_person_word(worker.group("noun")):  # "According to the ranger,": the unnamed one
            # described so before, if any (`References.antecedent`), never someone named
            found = Found(None, worker.start("who"), worker.end("noun"), REFERENCE, reference=worker.group("noun"))
            entry = self.anonymous_entry()
            index = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
            antecedent = self.references.antecedent(found, index) if entry is not None else None
            return found if antecedent is not None and entry is not None and antecedent.source == entry.name else None
        if found is None:
            return None
        between = self.text[end:found.start]
        if _ACCORDING_SOURCE.fullmatch(between) is None and between.strip():
            return None  # "according to a formula set by X": X is no source
        if found.rank == REFERENCE and found.role:  # "according to its medical director, X": X
            return self._named_in_apposition(found.start, sentence.end, sentence) or found
        return found

    def _published_by(self, start: int, sentence: Span) -> Found | None:
        """The author named (or "it", "they") right after a document and before the verb that
        published it ("a report the X Office published", "an annual report it released"), or None."""
        pronoun = _IT_OR_THEY.match(self.text, start, sentence.end)
        if pronoun is not None:
            found: Found | None = Found(None, start, pronoun.end(), REFERENCE, reference=pronoun.group())
        else:
            found = self._after(start, sentence)
            found = found if found is not None and found.start == start + (
                4 if self.text.startswith(("the ", "The "), start) else 0) else None
        if found is None or not _PUBLISHED_AFTER.match(self.text, found.end, sentence.end):
            return None
        return found

    def _opening_body(self, sentence: Span) -> str | None:
        """The registered body a clause opens with as "the <noun>" ("The mill treated ...", "The
        hospital treated ..."), or None."""
        start = self._clause_start(sentence)
        if self.text.startswith(("According", "according"), start):  # "According to its accounts, the port
            # authority has ...": the clause after the comma
            start = self.text.find(",", start, sentence.end) + 1
            start = start + len(self.text[start : sentence.end]) - len(self.text[start : sentence.end].lstrip())
        opening = _THE_NOUN_OPENS.match(self.text, start, sentence.end) if start > 0 else None
        if opening is None:
            return None
        noun = opening.group("noun").lower()
        index = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
        if noun in ORG_NOUNS:
            return self._antecedent_body(opening.start(), opening.end(), noun, index)
        return None if noun.endswith("s") else self.body_with_words([noun], opening.start())

    def _according_unnamed(self, end: int, sentence: Span) -> Found | None:
        """"According to an engineer at the pit who asked not to be named, ...": the registry's
        anonymous entry (the marker before the clause's comma), or None."""
        comma = self.text.find(",", end, min(sentence.end, end + 150))
        if comma < 0 and sentence.end - end <= 150:  # "..., according to an official who asked not to be named."
            comma = sentence.end
        marker = ANONYMITY.search(self.text, end, comma) if comma > 0 else None
        head_end = None
        if marker is None and comma > 0 and _WHO_AFTER_COMMA.match(self.text, comma):
            # "according to one of its engineers, who spoke on condition of anonymity,"
            marker, head_end = ANONYMITY.search(self.text, comma, min(sentence.end, comma + 150)), comma
        if marker is None:
            return None
        start = end + len(self.text[end:marker.start()]) - len(self.text[end:marker.start()].lstrip())
        tail = _WHO_TAIL.search(self.text, start, marker.start())
        return self._anonymous_entry(marker, start, head_end or (tail.start() if tail else marker.start()))

    def _inverted(self, start: int, end: int, sentence: Span, cue: re.Match[str] | None) -> bool:
        """Tell whether a cue follows a comma or a closing quote and a subject may follow it."""
        if self.text[start:end].lower() not in INVERTIBLE:
            return False
        before = self.text[max(sentence.start, start - 3) : start].rstrip()
        if not before or before[-1] not in ",\u201d\"":
            return False
        following = self.text[end : min(sentence.end, end + 20)].split()
        return bool(following) and following[0].lower() not in NOT_A_SUBJECT

    def _subject_in_apposition(self, start: int, sentence: Span) -> bool:
        """Tell whether what comes before a cue after a comma is a subject whose appositive is a
        name ("The authority's head, Yulita Tandirerung, said"): no quote and no auxiliary of a
        clause of its own before it, and a name alone between the last two commas."""
        low = self._clause_start(sentence)
        comma = self.text.rfind(",", low, start)
        before = comma_before(self.text, low, comma) if comma > low else -1
        if before <= low or _QUOTE_MARK.search(self.text, low, start) or _FINITE.search(self.text, low, start):
            return False
        first = self._trimmed(before + 1, comma)[0]
        if self._named_subject(low, before) and _DESCRIBED_APPOSITION.match(self.text, first):
            return True  # "Halimatou Hamani, a dermatologist at X, said the paste held PPD, a chemical"
        return self._named_subject(before + 1, comma)

    def _named_subject(self, low: int, end: int) -> bool:
        """Tell whether text[low:end] is a name alone (a registry mention or a capitalised name)."""
        first = self._trimmed(low, end)[0]
        name, mention = self.names_by_end.get(end), self.by_end.get(end)
        return (name is not None and name.start == first) or (mention is not None and mention.start == first)

    def _right_after(self, end: int, found: Found) -> bool:
        """Tell whether a speaker follows an inverted cue within its noun phrase ('..., said
        principal cellist Ana Ruiz'), not across a clause with a verb of its own (', said the
        association would campaign against Rask')."""
        if _FINITE.search(self.text, end, found.start) is not None:
            return False
        words = self.text[end : found.start].split()  # (", said drivers paid Bhuiyanpara by the night": a
        # clause whose verb has no auxiliary)
        return not any(_PAST_VERB.fullmatch(word) for word in words[1:])

    def _ends_inversion(self, found: Found, sentence: Span) -> bool:
        """Tell '"...," said Ruiz, a ...' from '..., said Pellin would ...' (a new clause)."""
        following = self.text[found.end : min(sentence.end, found.end + 20)]
        if following[:2] in ("'s", "\u2019s"):
            return False  # "..., said Orbitec's revenue ..."
        words = following.split()
        if words and words[0][0] == "\u201c":
            return False  # '..., said the ruling “misunderstands ...”': a clause goes on
        return not words or not words[0][0].isalnum() or words[0].lower() in AFTER_INVERSION

    def _anonymous(self, sentence: Span, cue_start: int) -> Found | None:
        """"A senior official, speaking on condition of anonymity, said": the registry's
        anonymous entry, if it holds one."""
        low = max(sentence.start, cue_start - 250)
        marker = ANONYMITY.search(self.text, low, cue_start)
        if marker is None:
            return None
        subject = self._clause_start(sentence)
        named = self._subject(cue_start, sentence)
        if named and named.rank in (REGISTRY_NAME, TEXT_NAME) and named.start <= subject + 4 \
                and named.source and not named.source.islower() \
                and not _A_FEW.fullmatch(self.text, subject, named.start):
            return None  # "Ruiz, speaking on background, said": Ruiz, named (but "A Norvex
            # official, speaking on condition of anonymity," is someone unnamed)
        comma = comma_before(self.text, subject, marker.start())
        end = comma if comma > subject else marker.start()
        return self._anonymous_entry(marker, subject, end)

    def _anonymous_after(self, start: int, end: int, sentence: Span) -> Found | None:
        """'An official said on condition of anonymity that ...', '..., said a diplomat who
        asked not to be named.': the anonymity marker right after the cue (at most two words
        between, or, for a speaker after the cue, ending the sentence); the speaker is the
        unnamed subject before the cue, or the one just after it."""
        text = self.text
        marker = ANONYMITY.search(text, end, min(sentence.end, end + 90))
        if marker is None:
            return None
        between = text[end : marker.start()].replace(",", " ").split()
        if len(between) > 6 or "that" in between:
            return None
        if len(between) > 2 and not _ANONYMITY_TAIL.match(text, marker.end(), sentence.end):
            return None  # "X said a soldier, who asked not to be named, had been killed"
        if self._inverted(start, end, sentence, None):  # '..., said a diplomat who ...'
            named = self._after(end, sentence, marker.start())
            low = end + len(text[end : marker.start()]) - len(text[end : marker.start()].lstrip())
            tail = _WHO_TAIL.search(text, low, marker.start())
            high = tail.start() if tail else marker.start()
        else:
            if between and between[0] in ("the", "a", "an", "his", "her", "their", "its"):
                return None  # ("Police said the nurse, who has not been named, had been": the nurse's)
            named = self._subject(start, sentence)
            comma = comma_before(text, sentence.start, start)
            low, high = max(comma + 1, self._clause_start(sentence)), start
            opening = self._clause_start(sentence)
            first_comma = text.find(",", opening, start)
            if comma > opening and _A_FEW.match(text, opening) and named is not None \
                    and named.start < first_comma:  # "An official at X, which ..., said": the
                low, high = opening, first_comma  # phrase before it (not "A week later, X said")
            low += len(text[low:high]) - len(text[low:high].lstrip())
        opening = self._clause_start(sentence)
        if named is not None and named.rank in (REGISTRY_NAME, TEXT_NAME) and named.source \
                and not named.source.islower() and not (
                    _A_FEW.match(self.text, opening) and not self._is_person(named)
                    and named.start < self.text.find(",", opening, start)):
            return None  # "Ruiz said on condition ..." is Ruiz, whatever he asked (but "An official
            # at the X Foundation said on condition of anonymity" is someone unnamed)
        return self._anonymous_entry(marker, low, high)

    def _anonymous_entry(self, marker: re.Match[str], start: int, end: int) -> Found:
        """The registry's anonymous entry for a speaker at text[start:end], or no source at all
        (SILENT) when the registry holds none."""
        entry = self.anonymous_entry()
        if entry is None:
            return Found(None, marker.start(), marker.end(), SILENT)
        end = start + len(self.text[start:end].rstrip())
        return Found(entry.name, start, max(end, start + 1), REGISTRY_NAME, entry.kind,
                     confidence=ANONYMOUS, basis="anonymous")

    def _clause_start(self, sentence: Span) -> int:
        """Where the sentence's first clause starts: after a dateline ("LORSK, March 3 (X) - ")."""
        dateline = DATELINE.match(self.text, sentence.start, sentence.end)
        return dateline.end() if dateline else sentence.start

    def _clause_subject(self, sentence: Span, before: int) -> Found | None:
        """The subject opening the sentence's clause, for "..., saying" and "... and said"."""
        start = self._clause_start(sentence)
        window = WINDOW.match(self.text, start, before)
        if window is None:
            return None
        found = self._after(start, sentence, before)
        first = start + len(window.group()) - len(window.group().lstrip())
        if found is None or found.start > first + 4:  # no name opening the clause ...
            opening = REFERENCE_START.match(self.text, first, before)
            if opening:  # ... but "The club thanked Brandt and said": the club
                return Found(None, first, opening.end(), REFERENCE, reference=reference_word(opening))
        if found is None or found.start > start + 50:
            return None
        if found.rank == REFERENCE and found.role:  # "Its chairwoman, X, called it cruel and demanded": X
            named = self._named_in_apposition(found.start, before, sentence)
            if named is not None:
                return named
        described = _DESCRIBED_OPENING.match(self.text, first, found.start) if found.start > first + 4 else None
        if described is not None and (described.group("link") in ("that", "which", "who")
                                      or self.text[described.end() : found.start].strip()):
            # "The council of a First Nation on X's river condemned ..., insisting": the council, not X; "The
            # national park that covers the X plateau banned ..., warning": not X either (but "The town hall
            # of X banned ..., arguing": X's, the town's body)
            noun = described.group("noun")
            return Found(None, first, described.end("noun"), REFERENCE, reference=noun) if noun in ORG_NOUNS else None
        if found.start > first + 4:  # "More than 600 residents of X sued ..., accusing": not X
            governed = self._governed(found, sentence)
            return self._opening_subject(governed, sentence, before) if governed else None
        return self._opening_subject(found, sentence, before)

    def _opening_subject(self, found: Found, sentence: Span, before: int) -> Found | None:
        """The clause's subject from the candidate opening it: whom "X's office" speaks for, a
        titled person after an organisation's name, or None for a modifier or a common word."""
        speaks_for = _SPEAKS_FOR.match(self.text, found.end, before)
        if speaks_for:  # "Strand's office did not dispute it but said": Strand's, as "X's office said"
            return self._at_end(speaks_for.end(), sentence)
        titled = _TITLED_AFTER.match(self.text, found.end, before) if found.rank == REGISTRY_NAME else None
        if titled is not None:  # "Spanlink Chief Executive Percival Dunnock defended it, saying": him
            named = self.names_by_end.get(titled.end())
            if named is not None and named.start <= titled.start("name"):
                return self._name_found(named)
        if self.text[found.end : found.end + 2] in ("'s", "\u2019s"):  # "Mawarizen's president, X, bowed
            # ... and said": X, named in apposition to the role (else a modifier: "Marenland's opposition")
            return self._named_in_apposition(found.end + 2, before, sentence)
        if _MODIFIED.match(self.text, found.end, before):
            return None  # "Norvex shares": a modifier, not the subject
        name = self.names_by_end.get(found.end) if found.rank == TEXT_NAME else None
        if name is not None and not self._is_name(name, False):
            return None  # "Exports rose, ...": a capitalised common word, no name
        return found

    def _subject(
        self, cue_start: int, sentence: Span, passive: bool = False, documents_only: bool = False
    ) -> Found | None:
        """The candidate ending just before the cue, adverbs skipped; None if negated."""
        text, low = self.text, max(sentence.start, cue_start - 200)
        before = BEFORE_CUE.search(text, low, cue_start)  # always matches: its words are optional
        skipped = text[before.start() : cue_start] if before else ""
        words = [word for word in skipped.replace("\u2019", "'").split() if word != "May"]  # (the month)
        words = [word.lower() for word in words]
        if any(w in STOP_WORDS or w.endswith("n't") for w in words):
            return None  # "did not say", "declined to comment"
        if not passive and any(w in PASSIVE_WORDS for w in words):
            return None  # "was told", "it was reported"
        crowd = self._witnesses_before(sentence, cue_start)
        if crowd is not None:  # "Witnesses who live opposite the hall said": the registry's witnesses
            return crowd
        end = low + len(text[low : cue_start - len(skipped)].rstrip())
        if end <= sentence.start:
            return None
        relative = _RELATIVE_END.search(text, max(sentence.start, end - 10), end)
        if relative and not ANONYMITY.match(text, cue_start):  # "X, which warned that": X
            return self._relative_antecedent(relative.start(), sentence)
        conjunction = _CONJUNCTION.search(text, max(sentence.start, end - 4), end)
        if conjunction:  # "X kept rates ... and said", "X welcomed the move but warned" (not
            # "X banned bird markets and shows": a document's verb needs a document before it)
            return None if documents_only else self._clause_subject(sentence, conjunction.start())
        if text[end - 1] == ",":
            return self._before_whose(end - 1, sentence, documents_only) \
                or self._appositive(end - 1, sentence, documents_only)
        done, found = self._before_who_did(end, sentence)
        return found if done else self._at_end(end, sentence, documents_only=documents_only)

    def _before_who_did(self, end: int, sentence: Span) -> tuple[bool, Found | None]:
        """For a subject ending at ``end`` in a clause telling what they did ("Inspectors from the X
        Ministry who visited the Y estate on Wednesday said", "ministry engineers who inspected
        the channel had told him", "a ministry official she reached by telephone had told her"):
        (True, the candidate before the clause, not the place visited, or None); (False, None)
        when there is no such clause, or a clause of a verb in the past whose subject is no
        candidate ("the men who ran the call line": the subject is sought as before)."""
        who = _WHO_DID.search(self.text, max(sentence.start, end - 120), end)
        if who is None or "," in self.text[who.end() : end]:
            return False, None
        if (who.group("did") or who.group("reached")) and _FROM_A_BODY.search(self.text, who.end(), end):
            return False, None  # ("an official who came from the X Ministry had told them": whose, as before)
        found = self._at_end(who.start(), sentence)
        if (who.group("did") or who.group("reached")) and found is not None and found.rank == TEXT_NAME \
                and _common_plural(self.text[found.start : found.end]):
            return False, None  # ("Fishermen who met the minister said": no name; sought as before)
        if found is not None and found.reference not in _PRONOUNS:
            return True, found
        return not (who.group("did") or who.group("reached")), None

    def _witnesses_before(self, sentence: Span, cue_start: int) -> Found | None:
        """For witnesses opening the sentence's clause and told apart by where they were or what
        they did ("Witnesses who were fishing from the jetty said", "Witnesses on a chairlift above
        the run said"), up to a cue with no other cue nor registered name between: the registry's
        witnesses, if it holds them; else None ("Witnesses at the scene said X had told them":
        X's words, the cue after "said")."""
        crowd = _WITNESSES_BEFORE.match(self.text, self._clause_start(sentence), cue_start)
        entry = self.registry.entry("witnesses") if crowd is not None else None
        if crowd is None or entry is None or CUE.search(self.text, crowd.end("crowd"), cue_start) is not None:
            return None
        if self.mentions[bisect.bisect_left(self.mention_starts, crowd.end("crowd")):
                         bisect.bisect_left(self.mention_starts, cue_start)]:
            return None  # (a registered name after the witnesses: the words may be that one's)
        return Found(entry.name, crowd.start("crowd"), crowd.end("crowd"), REGISTRY_NAME, entry.kind)

    def _relative_antecedent(self, comma: int, sentence: Span) -> Found | None:
        """The name a relative clause set off by a comma is about ("released by the X
        Institute, which warned that", "a detective, Ana Ruiz, who said"), or None."""
        found = self._ending_at(comma, sentence, True, False)
        if found is not None and found.rank == REFERENCE and found.reference not in _PRONOUNS:
            return found  # ("the forest wildlife department, which said": the department named before)
        if found is None or found.source is None or found.rank not in (REGISTRY_NAME, DESCRIPTIVE_ALIAS, TEXT_NAME):
            return None
        return found

    def _appositive(self, comma: int, sentence: Span, documents_only: bool) -> Found | None:
        """For "X, the agency, said": the head before the appositive, or the appositive."""
        text, start = self.text, self._clause_start(sentence)  # not a dateline's commas
        comma, before = self._past_relatives(comma, start)
        if before <= start:
            head = start + len(text[start : comma].rstrip())
            return self._at_end(head, sentence, True, documents_only)
        head = sentence.start + len(text[sentence.start : before].rstrip())
        age = _AGE_TAIL.search(text, sentence.start, head)
        head = age.start() if age else head  # "Ruiz, 34, the elder of the two, said": Ruiz
        candidates = [self._at_end(head, sentence, True, documents_only)]
        inner = text[before + 1 : comma].split()
        if inner and inner[0].lower() not in _NO_APPOSITIVE and not _PARTICIPLE.match(inner[0]):
            inner_end = before + 1 + len(text[before + 1 : comma].rstrip())
            candidates.append(self._at_end(inner_end, sentence, False, documents_only))
        if candidates[0] and SPOKESPERSON_WORD.search(text, sentence.start, before):
            named = candidates[-1] if len(candidates) > 1 else None
            if named and named.source is not None and named.rank in (REGISTRY_NAME, TEXT_NAME):
                return named  # "A spokeswoman for X, Ana Ruiz, said": Ana Ruiz, named
            return candidates[0]  # "A spokeswoman for X, who ..., said": X
        if len(candidates) > 1 and (self._ends_in_role(max(sentence.start, before - 40), before)
                                    or self._staff_of_a_place(start, before)) \
                and (self._is_person(candidates[1]) or (candidates[1] is not None and candidates[1].rank == TEXT_NAME
                                                        and len(text[candidates[1].start : candidates[1].end].split())
                                                        in (2, 3))):
            return candidates[1]  # "X's chief executive, Ana Ruiz, said": herself, named (also when no
            # table knows her first name: "Its country director, Fridolin Kaltenbrunn,")
        quoted = _QUOTE_BEFORE_CLAUSE.match(text, start, before)  # ('"...," the president of Y, X, told')
        if len(candidates) > 1 and candidates[1] is not None \
                and _ROLE_OF_OPENING.match(text, quoted.end() if quoted else start, before) \
                and (candidates[1].rank == TEXT_NAME
                     or (candidates[1].rank == REGISTRY_NAME and self._is_person(candidates[1]))):
            return candidates[1]  # "The chairman of Y, Emrys Bellweather, said": himself, named
            # (also when the registry holds him)
        head_name = candidates[0]
        if head_name and head_name.rank in (REGISTRY_NAME, TEXT_NAME) and inner and (
                inner[0].lower() in ("a", "an", "the") or "'s" in inner[0].replace("\u2019", "'")
                or (inner[:2] == ["of", "the"] and (self._is_person(head_name) or head_name.rank == TEXT_NAME))
                # ("X, of the environmental group Y, said": X)
                or (inner[0].lower() in _ROLES and self._is_person(head_name))
                or (head_name.rank == TEXT_NAME and _ROLE_FOR.search(text, before, comma)
                    and any(word.lower() in _ROLES for word in inner[:3]))):
            # "Ana Ruiz, a spokeswoman for X, said", "Ana Ruiz, head of X,", "Ana Ruiz, medical
            # coordinator for the aid group X,": herself
            return self._opening_person(head_name, start, comma, sentence) or head_name
        if candidates[0] is None and _KIN_OF.match(text, start):
            return None  # "The family of one victim, X, said": the family, unnamed (not X)
        found = [f for f in candidates if f]
        if found or documents_only:  # ("X, 52, showed no emotion": no document shows)
            return min(found, key=lambda f: f.rank) if found else None
        return self._before_appositives(start, comma, sentence) or self._before_relative(start, comma, sentence)

    def _opening_person(self, head: Found, start: int, comma: int, sentence: Span) -> Found | None:
        """For a head named after "of" ("Ana Ruiz, director of X, the largest of the firms,
        said": X), the person who opens the clause, in whose appositive it stands; or None."""
        if not _OF_BEFORE.search(self.text, max(start, head.start - 8), head.start):
            return None
        opening = self._before_appositives(start, comma, sentence)
        return opening if opening is not None and opening.start < head.start and self._is_person(opening) else None

    def _staff_of_a_place(self, start: int, before: int) -> bool:
        """Tell whether text[start:before] describes someone by where they work ("A doctor at
        Yaluba District Hospital", not "A customer of the bank"), so that a person named in
        apposition after it is the speaker ("..., Phyllis Hiwi, said": herself)."""
        someone = _SOMEONE_AT.match(self.text, start, before)
        return someone is not None and not self.no_staff(someone) and not _KIN_OF.match(self.text, start)

    def _before_whose(self, comma: int, sentence: Span, documents_only: bool) -> Found | None:
        """For "X, whose son Tumpal, 6, died on Monday, said": X, not a name in the clause whose
        verb ends before the cue (not "X, whose songs ..., died on Tuesday, her label, Y, said",
        where the clause ends earlier); else None."""
        start = self._clause_start(sentence)
        whose = self.text.find(", whose ", start, comma)
        last = self.text[comma_before(self.text, whose, comma) + 1 : comma].split() if whose > start else []
        if last and last[0].islower() and last[0] not in _NO_VERB_AFTER_WHOSE:
            return self._at_end(whose, sentence, True, documents_only)
        return None

    def _past_relatives(self, comma: int, start: int) -> tuple[int, int]:
        """The comma ending an appositive and the comma before it, past relative clauses set in
        commas after an appositive ("X, director of Y, which runs a helpline, said", "X, a
        doctor at Y, where most were treated, said": the commas around "director of Y", as if the
        relative clause were not there)."""
        before = comma_before(self.text, max(start, comma - 150), comma)
        while before > start and (self.text[before + 1 : comma].split()[:1] in _RELATIVE_WORDS
                                  or _DESCRIBING_APPOSITIVE.fullmatch(self.text, before + 1, comma)
                                  or self._relatives_appositive(before, comma, start)):
            earlier = comma_before(self.text, max(start, before - 150), before)
            if earlier <= start:
                break  # "X, which runs Y, said": X, as before
            comma, before = before, earlier
        return comma, before

    def _relatives_appositive(self, before: int, comma: int, start: int) -> bool:
        """Tell whether text[before + 1 : comma] is an appositive on the last words of a relative clause
        before it ("X, who owns Y, the only licensed exporter, said": the exporter is Y, the speaker X)."""
        if self.text[before + 1 : comma].split()[:1] not in (["the"], ["a"], ["an"]):
            return False
        earlier = comma_before(self.text, max(start, before - 150), before)
        return earlier > start and self.text[earlier + 1 : before].split()[:1] in (["who"], ["which"])

    def _before_appositives(self, start: int, comma: int, sentence: Span) -> Found | None:
        """For "Ana Ruiz, head teacher of X, one of the three schools, said": the name opening
        the clause before a run of appositives (no verb, conjunction or quote among them)."""
        found = self._after(start, sentence, comma)
        if found is None or found.source is None or found.rank not in (REGISTRY_NAME, TEXT_NAME) \
                or self.text[start : found.start].strip() or self.text[found.end : found.end + 1] != ",":
            return None
        between = self.text[found.end : comma]
        if _FINITE.search(between) or _APPOSITIVE_BREAK.search(between) or CUE.search(between):
            return None
        return found

    def _before_relative(self, start: int, comma: int, sentence: Span) -> Found | None:
        """For "The X Union, which represents about 300 puppeteers, carvers and stagehands,
        estimated" (or with an appositive before the relative clause: "X, a dermatologist at Y,
        where most were treated, said"): the name opening the clause before a relative clause
        that runs to the comma before the cue, commas of its own and all (no quote in it)."""
        found = self._after(start, sentence, comma)
        if found is None or found.source is None or found.rank not in (REGISTRY_NAME, TEXT_NAME) \
                or self.text[start : found.start].strip() not in ("", "The"):
            return None
        relative = _RELATIVE_OPENS.match(self.text, found.end, comma) or self._relative_after_appositive(found.end,
                                                                                                       comma)
        return None if relative is None or _QUOTE_MARK.search(self.text, found.end, comma) else found

    def _relative_after_appositive(self, end: int, comma: int) -> re.Match[str] | None:
        """"X, a dermatologist at Y, where most were treated, said": the relative clause after an
        appositive (no verb, conjunction or cue in it) set off after a name ending at ``end``."""
        relative = _RELATIVE_OR_WHERE.search(self.text, end, comma)
        between = self.text[end : relative.start()] if relative is not None else ""
        if not between.startswith(",") or _FINITE.search(between) or _APPOSITIVE_BREAK.search(between) \
                or CUE.search(between):
            return None
        return relative

    def _cited(self, end: int, sentence: Span) -> Found | None:
        """The source cited in "X, citing Y, said ...", whose claim it is: a person named after
        a role ("citing the bank's chief economist, Hanna Lutz,"), or a person or organisation
        named right after "citing" (after "the", a role or a title at most); None for anything
        else ("citing weak demand in China", a place), which leaves X's own words."""
        limit = min(sentence.end, end + 120)
        named = self._named_in_apposition(end, limit, sentence)
        if named:
            return named
        found = self._after(end, sentence)
        if found is None or found.source is None \
                or found.rank not in (REGISTRY_NAME, DESCRIPTIVE_ALIAS, TEXT_NAME) \
                or self.text[found.end : found.end + 2] in ("'s", "\u2019s"):
            return None
        between = self.text[end : found.start].split()
        if between and between[0].lower() == "the":
            between = between[1:]
        if any(word.lower() not in _ROLES and word.rstrip(".") not in TITLE_WORDS for word in between):
            return None  # "citing weak demand in China": no source right after "citing"
        if found.rank == TEXT_NAME and found.kind not in (PERSON, ORGANISATION) \
                and self.entities.kind(found.source) not in (PERSON, ORGANISATION):
            return None  # a name not shown as a person's or an organisation's: a place, maybe
        return found

    def _named_in_apposition(self, start: int, end: int, sentence: Span) -> Found | None:
        """The person named in apposition to a role in text[start:end] ("the agency's
        director, Eva Toller,"), or None."""
        comma = self.text.find(",", start, end)
        if comma < 0 or not self._ends_in_role(max(start, comma - 40), comma):
            return None
        found = self._after(comma + 1, sentence)
        return found if self._is_person(found) else None

    def _ends_in_role(self, start: int, end: int) -> bool:
        """Tell whether text[start:end] ends in a person's role ("Norvex's chief executive")."""
        words = [word.lower() for word in self.text[start:end].split()]
        return bool(words) and (words[-1] in _ROLES or any(  # "the navy chief of staff", "head of
            # supplier standards", "director of public prosecutions"
            len(words) >= back + 2 and words[-back - 1] == "of" and words[-back - 2] in _ROLES
            and all(word.isalpha() and word.islower() for word in words[-back:]) for back in (1, 2, 3)))

    def _is_person(self, found: Found | None, named: bool = True) -> bool:
        """Tell whether a candidate is a person: a registry person, or a name the article shows
        as a person's; unless named is set, also a descriptive alias of a person, or a reference
        that can stand only for one ("she", "the minister")."""
        if found is None or found.rank == SILENT:
            return False
        if found.source is None:
            return not named and names_a_person(found.reference)
        if named and found.rank not in (REGISTRY_NAME, TEXT_NAME):
            return False
        return self.entities.is_person(found.source, found.kind)

    def _settle(self, found: Found, cue_span: tuple[int, int], index: int) -> Settled | None:
        """Turn a candidate into a suggestion, carrying a reference back to its antecedent."""
        span = (found.start, found.end)
        if found.rank == SILENT:
            return Settled(None, None)
        if found.source is None:  # a reference
            antecedent = self.references.antecedent(found, index)
            if antecedent is None:
                return None
            source, kind, confidence = antecedent.source, antecedent.kind, antecedent.confidence
            return Settled(Suggestion(source, cue_span, span, confidence, "carried"), kind)
        if found.rank == REGISTRY_NAME:
            confidence = found.confidence or REGISTRY
            return Settled(Suggestion(found.source, cue_span, span, confidence, found.basis), found.kind)
        if found.rank == DESCRIPTIVE_ALIAS:
            named = self.first_named.get(found.source, found.start) < found.start
            confidence = DESCRIPTIVE_NAMED_EARLIER if named else DESCRIPTIVE
            return Settled(Suggestion(found.source, cue_span, span, confidence), found.kind)
        short = self._short_name(found)
        if short:  # "the Front" after "Sulvaran Liberation Front": that organisation
            return Settled(Suggestion(short, cue_span, span, CARRIED, "carried"), None)
        if self._placed(found):
            return None
        return Settled(Suggestion(found.source, cue_span, span, NAMED, "name"), None)

    def a_place(self, suggestion: Suggestion | None) -> bool:
        """Tell whether a suggestion's source is a word of the first dateline the registry does not
        hold ("Tairavia's national theatre ..., its director said": no words of Tairavia's), no
        speaker."""
        return suggestion is not None and self._dateline_name(suggestion.source) \
            and self.registry.entry(normal_form(suggestion.source)) is None

    def _dateline_name(self, name: str) -> bool:
        """Tell whether every word of a name is a word of the first dateline ("BẾN THỦYLAMĐÔNG")."""
        words = name.casefold().split()
        return bool(words) and all(word in self._dateline_words() for word in words)

    def _placed(self, found: Found) -> bool:
        """Tell whether an unregistered name is a place or the reporting agency, no speaker: a
        word of the first dateline ("SLAPNICA, Podmirje, Apr 13 (Ostinel) - ": Podmirje, Ostinel), or a
        name right after "in" ("a shopkeeper in Mundaroo")."""
        return self._dateline_name(found.source or "") \
            or _IN_PLACE.search(self.text, max(0, found.start - 4), found.start) is not None

    def _short_name(self, found: Found) -> str | None:
        """The one organisation named before whose name capitalised words after "the" end
        ("the Front", "the Weather Office"), or whose name one word without "the" opens
        ("Lamkhoy" for "Lamkhoy Resorts"): a short form of it; or None."""
        words = found.source or ""
        if _COUNTRYS.search(self.text, max(0, found.start - 20), found.start):
            return self.entities.national_form(words)  # ("the country's Red Crescent")
        if self.text[max(0, found.start - 4) : found.start] != "the ":
            return self.entities.first_word_of(words, found.start)  # ("Lamkhoy" for "Lamkhoy Resorts")
        return self.entities.short_form(words, found.start)


def _of_kind(name: str, noun: str) -> bool:
    """Tell whether a registered organisation's name fits a lead's noun for a body by its kind: a
    company's ("the company", "the operator") a company's name or one with no word for another
    kind of body ("X Thermal Baths"); a public body's a public body's; "body" any."""
    words = name.replace(".", " ").split()
    if noun in COMPANY_NOUNS:
        return body_kind(name) == "company" or not any(word in ORG_WORDS for word in words)
    if noun in _PUBLIC_NOUNS or BODY_KINDS.get(noun) == "state":
        return body_kind(name) not in ("company", "civil") and any(word in ORG_WORDS for word in words)
    return noun == "body" and body_kind(name) not in ("company", "civil")  # ("the body that sets the papers":
    # no teachers' union, nor a printer)


def _bare(word: str) -> str:
    """A word in lower case without its possessive ("Vågmark's" -> "vågmark", "growers'" -> "growers")."""
    return word.lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")


def _common_plural(word: str) -> bool:
    """Tell whether a capitalised word is people in the plural, not a name ("Fishermen", "Boatmen",
    "Villagers")."""
    low = word.lower()
    return " " not in low and (low.endswith("men") or (low.endswith("s") and is_person_word(singular(low))))


def _cue_span(cue: re.Match[str]) -> tuple[int, int]:
    """Where a cue's words are (its named group: the participle, not the comma before it)."""
    return cue.span(cue.lastgroup or 0)
