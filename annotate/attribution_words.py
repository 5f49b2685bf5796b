"""The words that tell what a name stands for: organisations, companies, roles, genders.

`annotate.attribution_entities` reads them to decide whether "Lena Park" is a person (and a
woman, for "she") and whether "Central Bank of Norvania" is what "the bank" refers to. Word
tables only; a new title or first name is one edit here. First names are listed only when
they are clearly one gender's in the languages of the desk; when unsure, a name is left out
and its gender stays unknown (a pronoun then fits it, and other evidence must decide).
"""

import re

# A run of lower-case letters and hyphens: a common word ("the waterworks office").
LOWER_WORD = re.compile(r"[a-z-]+")
# A capitalised word, a name's or a place's ("Tambrelle", "Sainte-Ondrelle", "Kaldsvik's").
CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'\u2019-]+")


def _listed(words: str) -> list[str]:
    """The words of a table written as running text."""
    return words.split()


# Capitalised words that make a name an organisation's ("Norvania Centre for Disease Control").
ORG_WORDS = frozenset(_listed("""
Agency Association Authority Bank Board Bureau Centre Center Chamber Coalition Commission
Committee Company Confederation Congress Corporation Council Court Department Directorate
Embassy Federation Forum Foundation Fund Group Institute Institution League Ministry Network
Office Organisation Organization Parliament Party Police Programme Program Service Society
Tribunal Union University Alliance Airlines Airline Bureau Cabinet Government Administration
Exchange Reserve Treasury Senate Assembly Secretariat Observatory Laboratory Lab Hospital
Clinic Academy College School Watch Trust Partners Capital Industries Holdings Motors Energy
Mining Pharmaceuticals Systems Technologies Telecom Railways Insurance Securities News Times
Post Herald Journal Gazette Tribune Wire Press Broadcasting Radio Television TV Inspectorate
Club FC Regulator Monitor Commissariat Prosecutor Prosecution Directorate Command
Co-operative Cooperative Orchestra Museum Theatre Theater Opera Ensemble Choir Inquiry Panel Unit Guild
Municipality Brigade Guard Coastguard Corps Navy Army Survey Division Prison Consortium Collective
Governorate Syndicate Movement Registry Brotherhood Monastery Sanctuary Services Zoo
"""))
# Name endings of companies, for "the company" and "the firm".
COMPANY_SUFFIXES = frozenset(_listed("""
Ltd Limited Inc Incorporated Corp Corporation Co LLC LLP plc PLC AG SA SE NV BV GmbH SpA AB ASA
Oyj KK Group Holdings Industries Motors Airlines Energy Mining Pharmaceuticals Systems
Technologies Telecom Partners Capital Air Airways Bancorp Shipping Logistics Foods Steel
Resources Petroleum Oil Chemicals Electric Electronics Automotive Pharma Biotech Solutions
Networks Communications Enterprises Ventures Brands Retail Stores Beverages Breweries Brewing
Construction Engineering Semiconductor Semiconductors Software Robotics Aerospace Minerals
Metals Cargo Freight Textiles Cement Utilities Petrochemicals Lines Mobile Airport Airports
Laboratories Labs Therapeutics Biosciences Studios Games Media Motors Apparel Analytics Works Mills
Trading Farms Resorts Cruises Coaches Paints Dairies Garments Plastics Acrylics Bakeries Exporters Importers
Supply Supplies Builders Exports Imports Amusements Glassworks Contracting
Rentals Promotions Adventures Seafoods Cosmetics Shipyard Auctions Glazing Sweets Records Equipment
Engineers Architects Consultants Contractors
Estates Timber Processors Supermarkets Expeditions Safaris Pipelines Telecommunications Maritime Hydro
"""))
# Descriptions that a company's name fits although its words do not contain them.
COMPANY_NOUNS = frozenset((
    "company", "firm", "group", "carrier", "airline", "lender", "insurer", "manufacturer",
    "maker", "retailer", "operator", "miner", "producer", "developer", "conglomerate",
    "automaker", "carmaker", "chipmaker", "drugmaker", "brewer", "shipper", "utility",
    "supplier", "exporter", "startup", "start-up", "shipbuilder", "steelmaker", "refiner", "provider",
    "publisher", "distributor", "wholesaler", "importer", "processor", "contractor", "shipyard",
    "chain", "printer", "consultancy", "builder", "broker",
))
# A word just before a name, or the head of an appositive after it, that shows a person.
PERSON_ROLE_BEFORE = frozenset(_listed("""
mr mrs ms dr prof sir dame lord lady counterpart president minister chancellor senator governor secretary
premier chairman chairwoman chair director ambassador envoy mayor judge king queen prince
princess pope spokesperson spokesman spokeswoman lawmaker legislator mp deputy official
officer economist analyst researcher scientist professor lawyer attorney prosecutor
commissioner commander general colonel captain leader chief ceo founder head manager
executive negotiator adviser advisor aide diplomat activist organiser organizer coach
player doctor nurse engineer teacher author writer editor correspondent reporter farmer
resident worker owner trader strategist epidemiologist virologist historian expert
representative councillor councilor delegate candidate opposition-leader inspector auditor
master harbourmaster co-author author striker midfielder goalkeeper defender forward winger
player resident survivor witness pilot driver student surgeon physician principal pensioner
coordinator schoolteacher passenger villager campaigner volunteer widow widower shopkeeper
fisherman skipper priest imam rabbi bishop nun monk ranger firefighter paramedic governor convenor convener
administrator accountant consultant assistant attendant defendant claimant plaintiff complainant
petitioner appellant litigant juror informant whistleblower sergeant lieutenant corporal admiral
commodore marshal sheriff constable detective investigator warden superintendent supervisor
foreman forewoman curator archivist librarian lecturer tutor dean rector provost headmaster
headmistress headteacher referee umpire athlete runner swimmer cyclist jockey boxer climber
mountaineer sailor seaman navigator deckhand crewman soldier midwife dentist pharmacist
therapist psychologist psychiatrist pathologist coroner magistrate barrister solicitor notary
registrar comptroller trustee treasurer banker entrepreneur businessman businesswoman landlord landlady
tenant homeowner merchant dealer smuggler suspect convict inmate prisoner detainee hostage
refugee migrant protester demonstrator lobbyist intern trainee apprentice pupil actor actress
singer dancer musician composer conductor novelist poet journalist photographer presenter
blogger commentator columnist artist painter sculptor architect designer chef baker butcher
plumber electrician carpenter mechanic labourer laborer clerk cashier waiter waitress steward
stewardess geologist chemist physicist mathematician statistician astronomer technician
surveyor examiner mediator arbitrator ombudsman consul emissary congressman congresswoman
councilman councilwoman alderman cleric pastor vicar chaplain cardinal archbishop sheikh
grandmother grandfather mother father husband wife son daughter brother sister uncle aunt
nephew niece cousin neighbour neighbor shepherd herder rancher smallholder policeman
policewoman patrolman sprinter grandmaster golfer rower skier skater footballer
cricketer wrestler marathoner festivalgoer churchgoer fan spectator bystander shopper commuter
motorist pedestrian traveller traveler tourist holidaymaker champion titleholder
forecaster sculler oarsman oarswoman diver hurdler rider racer trainer breeder fisher logger
welder roofer glazier mason driller trucker courier postman caretaker janitor cleaner gardener
groundsman lifeguard watchman doorman bartender barman barmaid publican innkeeper hotelier
restaurateur grocer vintner winemaker beekeeper shipowner ferryman boatman
predecessor successor conservator vet veterinarian investor landowner shareholder partner
bursar salesman saleswoman salesperson medic matron dispatcher lineman
planner employee auctioneer wrangler handler screener controller
"""))
# Role words that are also first names or surnames ("Dean Alan Whitby", "Mason Lee Harwood"):
# no role is cut off a name that opens with one.
NAME_LIKE_ROLES = frozenset(_listed("""
dean mason rider baker porter carpenter gardener fisher butcher cook taylor walker hunter archer
bishop judge marshal major sheriff constable warden steward page knight chancellor usher reeve
sergeant painter potter singer weaver farmer miller cooper turner glazier smith carter shepherd
"""))
# Person nouns by their ending ("the glaciologist", "a paediatrician", "the cellist"), not
# the verbs and things that end the same way.
_PERSON_ENDINGS = ("ologist", "ician", "ist")
_NOT_PERSON_IST = frozenset(("assist", "resist", "insist", "consist", "persist", "subsist", "desist", "enlist",
                             "playlist", "checklist", "shortlist", "waitlist", "blacklist", "whitelist",
                             "setlist", "tracklist", "poltergeist", "zeitgeist"))


def is_person_word(word: str) -> bool:
    """Tell whether a lower-case noun names a person by role, trade or relation (a compound
    too: "secretary-general", "director-general", "vice-president")."""
    if "-" in word and not word.startswith("-") and any(part in PERSON_ROLE_BEFORE for part in word.split("-")):
        return True
    return word in PERSON_ROLE_BEFORE or (len(word) >= 6 and word.endswith(_PERSON_ENDINGS)
                                          and word not in _NOT_PERSON_IST)
FEMALE_WORDS = frozenset((
    "ms", "mrs", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "spokeswoman",
    "chairwoman", "businesswoman", "congresswoman", "councilwoman", "sister", "mother",
    "grandmother", "wife", "daughter", "widow", "actress", "duchess", "baroness", "empress",
))
MALE_WORDS = frozenset((
    "mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "businessman",
    "congressman", "councilman", "brother", "father", "grandfather", "husband", "son",
    "widower", "actor", "duke", "baron", "emperor",
))
FEMALE_NAMES = frozenset(_listed("""
Aisha Alejandra Alice Alicia Amanda Amelia Amina Ana Anastasia Angela Angelika Anita
Anja Ann Anna Anne Annika Antonia Astrid Barbara Beatriz Bianca Brigitte Camila Carla Carmen
Carolina Caroline Catherine Cecilia Charlotte Chiara Christina Christine Claire Clara Claudia
Cristina Daniela Diana Dolores Dora Dorothy Elena Eleni Elif Elisa Elisabeth Elizabeth
Ella Emily Emma Erika Esther Eva Fatima Fatma Francesca Gabriela Giulia Greta Hana Hanna
Hannah Heidi Helen Helena Ines Ingrid Irene Irina Isabel Isabella Ivana Jana Jane Janet
Jennifer Jessica Joanna Johanna Julia Juliana Karen Karin Katarina Katharina Katherine Katja
Kristina Laila Laura Layla Lea Leila Lena Lina Linda Lisa Lucia Lucy Luisa Magdalena Maria
Mariam Marie Marina Marta Martha Mary Maya Melanie Mia Michelle Miriam Monica Monika
Nadia Natalia Natasha Nicole Nina Nora Olga Olivia Patricia Paula Petra Priya Rachel Rebecca
Rita Rosa Ruth Sabine Sandra Sara Sarah Silvia Simone Sofia Sonia Sophia Sophie Stella
Susan Susanne Svetlana Sylvia Tanya Tatiana Tereza Teresa Tessa Ursula Valentina Vera
Veronica Victoria Yasmin Yelena Zainab Zeynep Zofia Zuzana Ayesha Nadezhda Lucinda
Beatrix Matilda Marisol Ingeborg Agnieszka Ewa Katarzyna Malgorzata Halima Ngozi Amara
Katrin Ilse Aylin Mirela Irena Jelena Milena Dragana Ljiljana Renata Branka Vesna Zdenka
Hilde Gudrun Sigrid Liv Maja Emine Ayse Leyla Noura Rania Salma Dalia Farah Yasmina
Odile Frida Hanne Marit Solveig Ragnhild Birgit Agnes Elsa Edith Ida Mathilde Louise Helene
Henriette Camille Juliette Madeleine Genevieve Beatrice Ottilie Wilhelmina Greta Signe Tove
Mila Leona Mira Anneke Maren Lina Alma Elin Frieda Hedda Kaja Lotte Nadja Paulina Yvonne
Amandine Anais Aurelie Capucine Claudine Colette Coralie Corinne Elodie Emmanuelle Francoise
Gisele Jeanne Josette Laetitia Lucille Lucile Margaux Martine Mireille Monique Muriel Nadege
Odette Pascale Sandrine Segolene Solene Sylvie Veronique Virginie Ghislaine Bernadette Chantal
Lise Oksana Celeste Adriana Agata Albina Aleksandra Alina Alla Alena Alenka Alexandra Alessandra
Alessia Amalia Amelie Anastazja Angelica Angelina Anika Annette Antje Ariane Arianna Aurelia
Barbora Bettina Bozena Brigitta Bronwyn Carina Carmela Carolin Cassandra Catalina Caterina
Cecile Celia Celine Charlotta Chloe Christa Cinzia Clarissa Constance Cordelia Corinna Dagmar
Dagny Daria Darya Delphine Denise Dominika Doris Dorota Edita Ekaterina Elaine Eleanor Eliana
Elise Eliza Elke Ellen Eloise Elvira Emilia Emilie Enrica Estelle Eugenia Evelina Evelyn
Fabienne Federica Fernanda Filipa Flavia Franziska Gabriella Galina Gertrud Gisela Giuliana
Gloria Grazia Hadiza Halina Harriet Hedwig Helga Hermine Hortense Ilona Inga Inge Ioana Irma
Isabelle Isolde Iveta Ivona Jacqueline Jadwiga Janina Jasmina Jolanta Josefa Josephine Judit
Judith Justyna Karolina Katalin Katya Klara Kornelia Kristin Kristine Larisa Larissa Leonie
Liesel Liliana Liudmila Ljudmila Lorena Lotta Lucie Ludmila Lyudmila Lydia Maddalena Mafalda
Magda Malin Manon Marcela Marcelina Margarete Margaret Margarita Margit Marianne Mariela
Marietta Marija Marika Marlene Martina Mathilda Maura Maxine Mechthild Melania Micaela Michaela
Mihaela Mirjam Miroslava Nadine Natalija Nathalie Nicoletta Nikolina Noemi Oana Olena Ornella
Ottavia Pamela Patrizia Paulette Pauline Penelope Philippa Pia Rahel Raquel Rebekka Romana
Rosalind Rosanna Roxana Sabina Sabrina Selma Serena Severine Sinead Siobhan Slavica Snezana
Sofie Stefania Stefanie Susanna Svetla Tamara Tatjana Teodora Theresa Tiziana Ulrike Valeria
Valerie Vanessa Verena Viktoria Viola Violeta Wanda Yolanda Yvette Zlata Zora Zsofia Abena
Adaeze Adjoa Akosua Amaka Chiamaka Chidinma Chioma Efua Esi Folake Funmilayo Nkechi Nneka
Thandiwe Thandi Wanjiru Wambui Zodwa Nomvula Aaliyah Asma Dina Hiba Huda Khadija Lubna Maryam
Nour Rasha Reem Samira Sana Soraya Yasmeen Zahra Zeinab Ayla Derya Esra Hatice Merve Ozlem Sevgi
Anjali Deepa Kavita Lakshmi Meena Neha Pooja Priyanka Sunita Shreya Aiko Akiko Haruka Keiko
Yumiko Mei Fenna Femke Ineke Marieke Saskia Willemijn Sanne Elsbeth Henrike Liesbeth Gerda
Annelie Annelies Brigid Aoife Niamh Orla Grainne Morag Eilidh Fiona Gwen Gwendolyn Bethan
Rhiannon Carys Sian Agnese Benedetta Giorgia Ilaria Loredana Lucrezia Marisa Ludovica Vittoria
Ximena Guadalupe Rocio Pilar Consuelo Leticia Paloma Nerea Maite Itziar Joana Leonor Conceicao
Graca Luciana Thais Dalila Nathalia Hedvig Ebba Linnea Ylva Sunniva Ingvild Tuva Siri Ragna Aino
Anneli Kaisa Riikka Tuula Sirpa Paivi Hilkka Ramona Roza Vesela Stanislava Bogdana Danuta
Grazyna Iwona Krystyna Urszula Wioletta Zuzanna Ruta Egle Ieva Inese Ilze Laima Liene Dace
Kristiina Piret Tiina
"""))
MALE_NAMES = frozenset(_listed("""
Abdul Adam Adrian Ahmed Ahmet Alan Albert Alberto Alejandro Aleksandr Alexander Alexei Ali
Andreas Andrei Andrew Anselm Anton Antonio Arjun Arturo Bernard Boris Bruno Carl Carlos
Charles Christian Christopher Daniel David Dmitri Dmitry Edward Emil Emmanuel Enrique Eric
Erik Ernesto Fernando Francisco Frank Franz Fyodor Georg George Giorgio Giovanni Gustavo
Hans Hassan Heinrich Henrik Henry Hugo Hussein Ibrahim Igor Ivan Jacob Jakob James Javier
 Johan Johannes John Jonas Jorge Jose Joseph Juan Julian Karl Klaus Kofi Lars Leon Luca
Lucas Luis Lukas Marco Marcus Mario Mark Markus Martin Mateo Matteo Matthew Maxim Michael
Miguel Mikhail Mohamed Mohammed Muhammad Nikolai Oleg Omar Oscar Pablo Paolo Patrick Paul
Pavel Pedro Peter Petr Philip Pierre Piotr Rafael Rahul Rajesh Ricardo Richard Robert
Roberto Rodrigo Samuel Santiago Sebastian Sergei Sergey Stefan Stephen Steven Tariq Thomas
Tomas Tomasz Viktor Vladimir Walter William Wolfgang Yusuf Yuri Emeka Kwame Tobias Felix
Diego Ales Ondrej Radek Jiri Vaclav Zoran Bogdan Luka Ivo
Marek Ondrej Milan Goran Dragan Mehmet Mustafa Kenji Hiroshi Takeshi
Konstantin Bastian Sebastian Aron Aaron Olaf Edvin Edvard Sven Nils Anders Magnus Gunnar
Torsten Ulrich Dietrich Friedrich Gerhard Helmut Kasimir Radu Tobias Benedikt Dario Emilio
Amund Bjorn Casper Einar Espen Fredrik Harald Jens Kjell Leif Morten Rune Stig Trond Vidar
Lucien Alain Andre Antoine Baptiste Benoit Christophe Clement Damien Didier Etienne Fabrice
Francois Frederic Gael Gilles Gregoire Herve Hugues Jacques Jerome Julien Lionel Loic Mathieu
Maxence Noel Philippe Quentin Regis Remi Remy Sebastien Serge Stephane Thibault Thibaut Tristan
Vincent Yann Yannick Yves Thibaud
Ilario Lucian Dominik Adolfo Agostino Aldo Alessandro Alessio Alfons Alfonso Alfredo Alois
Ambrose Amir Anatol Anatoly Andrzej Angelo Armando Arne Arnold Arnaud Arvid Augusto Aurelio
Balthazar Bartosz Benedict Benjamin Bernhard Bertrand Bohdan Boleslaw Branislav Bram Caius
Calvin Carlo Casimir Cedric Cesar Cesare Christoph Claudio Conrad Constantin Corrado Cristian
Cyril Damian Dariusz Davide Dieter Dimitri Dimitrios Dominic Donato Dusan Eduardo Edgar Edmund
Eduard Egon Elias Emanuele Emmerich Enzo Ettore Eugen Evgeny Fabian Fabio Fabrizio Federico
Ferdinand Filip Filippo Florian Francesco Franco Frederik Fritz Gabriel Gaetano Gaspard Gennaro
Geoffrey Gerard Gianni Gilbert Giuseppe Gottfried Gregor Gregory Guido Guillaume Gunter Gustav
Gyorgy Hakan Hamid Hannes Hasan Heinz Herbert Hermann Horst Ignacio Ignatius Ilya Imre Ingo
Ismail Istvan Jacek Jaroslav Jaroslaw Jerzy Joachim Jochen Joaquin Jonathan Josef Jozef Jurgen
Kamil Karel Kazimierz Kevin Kirill Krzysztof Kurt Ladislav Laszlo Laurent Leonard Leonardo
Leopold Lorenzo Ludwig Lutz Maciej Manfred Manuel Marcel Marcello Marcin Mariusz Massimo Mathias
Matthias Maurice Maurizio Maximilian Michal Mikael Mikkel Miroslav Mykola Nathan Nicolas Nikita
Norbert Olivier Oskar Osvaldo Otto Pascal Patryk Pawel Pietro Radoslaw Raimund Rainer Ralf Ramon
Raul Reinhard Renato Riccardo Roland Rolf Rudolf Ruslan Salvatore Sandro Sergio Siegfried Silvio
Simon Slawomir Stanislav Stanislaw Stefano Sylvain Taras Theodor Thierry Tiago Timo Timur Ulf
Umberto Valentin Valery Vasily Vincenzo Vitaly Vittorio Vladislav Vojtech Volker Waldemar Werner
Wilhelm Witold Wojciech Xavier Yaroslav Yevgeny Zbigniew Zdenek Adebayo Babajide Chidi Chinedu
Chukwuemeka Obinna Olusegun Oluwaseun Tunde Kwabena Kwesi Kojo Yaw Themba Sipho Thabo Jabulani
Mandla Tendai Tafadzwa Wanjala Otieno Kamau Mwangi Abdullah Abdel Ahmad Bilal Faisal Farid Hamza
Hussain Jamal Karim Khalid Mahmoud Mansour Nabil Rashid Salim Samir Tarek Walid Youssef Yousef
Ziad Burak Emre Kemal Murat Orhan Serkan Volkan Arvind Amit Anil Deepak Manoj Rakesh Ravi Sanjay
Suresh Vijay Vikram Haruto Hiroki Kazuo Takashi Kenta Ryo Cillian Ciaran Declan Eoin Padraig
Seamus Fergus Hamish Angus Alasdair Rhys Dafydd Gareth Emrys Stijn Joost Maarten Pieter Sjoerd
Wouter Bastiaan Koen Gerrit Hendrik Willem Jesper Rasmus Mads Soren Torben Henning Ole Aksel
Eirik Geir Havard Kristoffer Pekka Jukka Mikko Juha Matti Antti Teemu Ville Tapio Eero Toomas
Andrus Jaan Janis Andris Valdis Juris Arturs Mindaugas Vytautas Darius Saulius Rimantas Algirdas
Bogumil Borislav Dobromir Hristo Kiril Lyubomir Nikolay Plamen Stoyan Todor Zdravko Dragoljub
Milos Nemanja Predrag Slobodan Vuk Zeljko Aleksandar Davor Hrvoje Ivica Josip Mladen Tihomir
Edin Haris Kenan Nermin Admir Bujar Arben Besnik Fatmir Ilir Petrit Vasil Giorgi Levan Zurab
Irakli Davit Arman Aram Tigran Ashot Armen
"""))

# Nouns for a place, not a body or a site one operator runs ("the district's schools", "the
# village's fire chief").
PLACE_NOUNS = frozenset(("district", "city", "town", "village", "country", "region", "province", "state", "nation",
                         "island", "county", "capital"))

# Last words of a place's name: "Margaret River", "Alexandra Palace" name no person although
# they open with a first name.
PLACE_WORDS = frozenset(_listed("""
River Lake Mount Mountain Mountains Township Palace Street Road Avenue Square Bridge Island
Islands Bay Valley Park Hill Hills Beach Falls Springs Harbour Harbor Point Port Creek Forest
Canyon Gardens Stadium Arena Airport Station District County Province Coast Peninsula Strait
Reservoir Dam Heights Fields Quay Lane Boulevard Plaza Hall Tower Hospital Prison Camp
"""))

# Capitalised words that, inside a capitalised run, are a title and not part of the name:
# "Quervian Foreign Minister Elena Sarkis" names Elena Sarkis.
TITLE_WORDS = frozenset(_listed("""
Minister President Premier Chancellor Governor Senator Secretary Ambassador Mayor Judge
Executive Chief Director Chairman Chairwoman Chair Commissioner Spokesperson Spokesman
Spokeswoman Prosecutor Coach Inspector General Colonel Captain Commander Lieutenant Sergeant
King Queen Prince Princess Pope Sheikh Sir Dame Lord Lady Deputy Speaker Envoy Leader
Vice Mr Mrs Ms Dr Prof Professor Rev Father Bishop Cardinal Archbishop Justice Attorney
Officer Admiral Major Marshal Brigadier Commodore Sheriff Constable Superintendent Rector Provost
Magistrate Solicitor Registrar Ombudsman Auditor
"""))
# Roles whose holder speaks for the organisation named after them ("a spokesperson for X",
# "the head of the commission"); other roles ("the mayor of Sorna") do not.
SPOKESPERSON_NOUNS = frozenset((
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "head", "chief", "representative",
    "representatives", "statement", "report", "letter", "filing", "study", "survey", "review",
    "audit", "indictment", "ruling", "document", "communique", "announcement", "release",
))
# Words that make a name a newspaper's ("Ravelin Courier"), for "the newspaper".
_NEWSPAPER_WORDS = ("times", "post", "herald", "journal", "gazette", "tribune", "daily", "news",
                    "courier", "chronicle", "observer", "standard", "mail", "mirror", "express",
                    "telegraph", "guardian", "independent", "dispatch", "record", "star", "globe",
                    "sun", "voice", "nation", "press", "bulletin", "messenger", "inquirer",
                    "examiner", "monitor")
_AIRLINE_WORDS = ("air", "airways", "airlines", "airline", "aerolinea", "aerolineas", "avia",
                  "aero", "jet", "wings")
_CLUB_WORDS = ("fc", "cf", "sc", "afc", "nk", "hnk", "fk", "kf", "sk", "ks", "ac", "bk", "ifk", "vfb", "vfl", "cd",
               "ud", "cs", "rc", "kv", "sporting", "athletic", "atletico", "dynamo", "rovers",
               "wanderers", "racing", "olympique", "deportivo", "deportiva", "sportivo", "esporte")
# Descriptions that fit a name with another word for the same thing ("the union" for a
# "Federation", "the club" for "Santa Irma FC").
SYNONYMS = {
    "union": ("federation", "confederation", "syndicate"),
    "club": _CLUB_WORDS,
    "zoo": ("zoological",),
    "team": (*_CLUB_WORDS, "club"),
    "side": (*_CLUB_WORDS, "club"),
    "centre": ("center",),
    "center": ("centre",),
    "organisation": ("organization",),
    "organization": ("organisation",),
    "regulator": ("authority", "commission", "inspectorate", "office", "agency", "regulatory", "council",
                  "directorate", "administration", "supervisor"),
    "watchdog": ("authority", "commission", "inspectorate", "office", "agency", "regulator",
                 "ombudsman", "monitor", "supervisor"),
    "carrier": (*_AIRLINE_WORDS, "telecom", "shipping", "lines"),
    "airline": (*_AIRLINE_WORDS, "carrier"),
    "lender": ("bank", "bancorp"),
    "group": ("watch", "coalition", "alliance", "movement", "network", "front", "initiative",
              "collective", "campaign", "association", "federation", "forum", "league",
              "society"),
    "body": ("council", "commission", "committee", "authority", "agency", "board", "assembly",
             "organisation", "organization", "institute", "federation", "association", "union",
             "league", "tribunal", "inspectorate", "office"),
    "charity": ("foundation", "trust", "fund", "relief", "aid"),
    "bloc": ("community", "union", "alliance", "league", "pact", "coalition", "organisation",
             "organization", "association"),
    "agency": ("commission", "office", "bureau", "programme", "program", "service"),
    "paper": _NEWSPAPER_WORDS,
    "newspaper": _NEWSPAPER_WORDS,
    "daily": _NEWSPAPER_WORDS,
    "broadcaster": ("radio", "television", "tv", "broadcasting", "broadcaster"),
    "network": ("television", "tv", "broadcasting", "networks"),  # ("the network": "X Television")
    "channel": ("television", "tv"),
    "prosecution": ("prosecutor", "prosecutors", "prosecution"),
    "automaker": ("motors", "automotive", "auto", "cars"),
    "carmaker": ("motors", "automotive", "auto", "cars"),
    "miner": ("mining", "minerals", "resources", "metals"),
    "auditor": ("audit", "auditors", "comptroller"),
    "auditors": ("audit", "auditor", "comptroller"),
    "inspectors": ("inspectorate", "inspection"),
    "utility": ("energy", "electric", "electricity", "power", "utilities", "water"),
    "exchange": ("exchange", "bourse"),
    "operator": ("telecom", "mobile", "networks", "airport", "airports", "lines", "railways"),
    "navy": ("naval",),
    "exporter": ("export", "exports", "exporters"),
    "importer": ("import", "imports", "importers"),
    "brewer": ("brewery", "breweries", "brewing", "brewers"),
    "refiner": ("refinery", "refineries", "refining"),
    "publisher": ("publishing", "publishers"),
    "shipper": ("shipping",),
    "printer": ("printing", "printers"),
    "processor": ("processing", "processors"),
    "distributor": ("distribution", "distributors"),
    "supplier": ("supply", "supplies", "suppliers"),
    "label": ("records", "recordings", "music"),  # a record label
}
# Words that name one field of a body's work, any of which a name may hold for another ("the gambling
# regulator" for the "X Gaming Commission", "the tax authority" for the "X State Revenue Committee").
_FIELDS = (("gambling", "gaming", "betting"), ("tax", "taxes", "revenue", "revenues", "taxation"),
           ("medicines", "medicine", "pharmaceutical", "pharmaceuticals"),  # (not "drug": drug enforcement)
           ("power", "electricity", "electric"),  # (not "grid": a grid operator is no generating company)
           ("weather", "meteorological", "meteorology"),
           ("election", "elections", "electoral"),
           ("rail", "railway", "railways"), ("tram", "trams", "tramway", "tramways"))
FIELD_KIN = {word: frozenset(field) - {word} for field in _FIELDS for word in field}
# The kind of body a noun shows, where it shows one plainly: a lead closed by "an animal welfare
# group said" is no "Veterinary Service" named next, "the drug regulator" no "Pharmaceutical Works".
# ("council", "committee", "institute", "watchdog", "body", "centre", "fund" may be either.)
_CIVIL_BODIES = ("group", "association", "charity", "network", "society", "federation", "union", "coalition",
                 "alliance", "trust", "foundation", "club", "movement", "campaign", "league", "forum", "nonprofit",
                 "watch", "initiative", "cooperative", "co-operative", "collective", "guild")
_STATE_BODIES = ("ministry", "agency", "authority", "office", "board", "regulator", "inspectorate", "service",
                 "commission", "court", "department", "bureau", "directorate", "tribunal", "government",
                 "administration", "police", "army", "navy")
BODY_KINDS = {**dict.fromkeys(COMPANY_NOUNS, "company"), **dict.fromkeys(_CIVIL_BODIES, "civil"),
              **dict.fromkeys(_STATE_BODIES, "state")}


def body_kind(name: str) -> str | None:
    """"company", "civil" or "state": the kind of body a registered name shows by a company's
    suffix or by its head noun (the last word, or the last before "of"), or None."""
    words = name.split(" of ", 1)[0].lower().split()
    head = words[-1] if words else ""
    if head.endswith("s") and len(head) > 4 and head[:-1] in BODY_KINDS:
        head = head[:-1]
    if head == "group":  # (a company's or a campaign's)
        return None
    if head in BODY_KINDS:
        return BODY_KINDS[head]
    return "company" if any(word in COMPANY_SUFFIXES for word in name.split()) else None


# Role words that name the same role as another ("the premier" for "Prime Minister Nagy").
ROLE_SYNONYMS = {
    "premier": ("prime",),
    "presidency": ("president",),  # the office speaks for its holder ("the presidency said")
    "executive": ("ceo",),
    "ceo": ("executive",),
    "chief": ("ceo",),
    "spokesperson": ("spokesman", "spokeswoman"),
    "chair": ("chairman", "chairwoman", "chairperson"),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "head": ("chief", "director", "chairman", "chairwoman", "chair"),
    # "the union leader" for the chairman of a workers' association or federation
    "union": ("association", "federation", "confederation", "guild", "syndicate"),
    "leader": ("chairman", "chairwoman", "chair", "president", "head"),
    "judge": ("justice", "magistrate"),  # ("Justice Ojima Ekoja ... the judge said")
    "lawyer": ("attorney",),
    "attorney": ("lawyer",),
    "legislator": ("lawmaker", "mp", "deputy", "senator"),
    "lawmaker": ("legislator", "mp", "deputy", "senator"),
    "researcher": ("scientist", "scholar", "academic"),
    "scientist": ("researcher",),
}
# Role words that a description also fits by their ending: "the researcher" is the glaciologist
# or the neurologist named before.
ROLE_ENDINGS = {
    "researcher": ("ologist", "scientist", "physicist", "chemist"),
    "scientist": ("ologist", "physicist", "chemist"),
}
# Registry names an anonymous source may be filed under, the first the registry holds wins.
ANONYMOUS_ENTRIES = (
    "anonymous official", "anonymous source", "anonymous officials", "anonymous sources",
    "unnamed official", "unnamed source", "anonymous",
)
