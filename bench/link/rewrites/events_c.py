"""Events e11-e20 (fictional) and two orphan rewrites whose original is not in the set."""
from common import art

ARTICLES = [
# ---------------------------------------------------------------- e11 diplomatic talks
art("o11", "original", "e11", "Anadolu Agency", "https://www.aa.com.tr/en/politics/aravia-dorland-border-talks",
    "2025-03-18T14:00:00Z", "Aravia and Dorland agree to reopen border crossings", """
The foreign ministers of Aravia and Dorland agreed on Tuesday to reopen three border crossings that
have been closed since 2021, after talks in the city of Velm.

Aravian Foreign Minister Kemal Ardic and his Dorland counterpart, Ilse Haupt, said the crossings at
Tarsk, Melo and Ubrin would open to trucks on April 15 and to private cars on May 1.

"Today we are turning a page on four difficult years," Ardic told a joint news conference. Haupt
said the deal would allow trade between the two countries to return to about 2 billion dollars a
year. "Families divided by this border will be able to meet again," she said.

The ministers also agreed to set up a joint commission to settle disputes over water from the Velm
river, which will meet for the first time in June.
"""),
art("r11a", "rewrite", "e11", "Regional Affairs Review", "https://regionalaffairsreview.com/aravia-dorland-deal",
    "2025-03-18T19:30:00Z", "Aravia and Dorland Reach Deal to Reopen Three Border Crossings", """
Aravia and Dorland have agreed to reopen three border crossings closed since 2021, a move expected
to revive trade worth around 2 billion dollars a year and reunite divided families.

Following negotiations in Velm on Tuesday, the foreign ministers of Aravia and Dorland reached an
agreement to reopen three border points that have remained shut since 2021. Aravia's Foreign
Minister Kemal Ardic and Dorland's Ilse Haupt announced that the Tarsk, Melo and Ubrin crossings will
be accessible to trucks from April 15 and to private vehicles from May 1.

"Today we are turning a page on four difficult years," Ardic said at a joint press conference. Haupt
indicated that the agreement would restore bilateral trade to approximately 2 billion dollars
annually. "Families divided by this border will be able to meet again," she said.

In addition, the two sides agreed to establish a joint commission tasked with resolving disputes
over water from the Velm river, with its first meeting scheduled for June.

In summary, the Velm agreement marks a significant thaw in relations between Aravia and Dorland.

Original Source: www.aa.com.tr
""", of="o11"),
art("r11b", "rewrite", "e11", "Diplomacy Watch", "https://diplomacywatch.net/velm-talks-border",
    "2025-03-19T08:10:00Z", "Velm Talks End Four-Year Border Closure", """
Four years after closing their shared border, Aravia and Dorland will reopen crossings at Tarsk, Melo
and Ubrin, their foreign ministers said after meeting in Velm.

Kemal Ardic of Aravia and Ilse Haupt of Dorland announced on Tuesday that trucks will be allowed
through the three crossings from April 15, with private cars following on May 1, Anadolu Agency
reported. The crossings had been closed since 2021.

"Today we are turning a page on four difficult years," Ardic said. According to Haupt, trade between
the neighbours could recover to roughly 2 billion dollars a year. "Families divided by this border
will be able to meet again," she said.

A joint commission on the waters of the Velm river will hold its first session in June.

In summary, the reopening is a concrete step toward normal relations between the two countries.
""", of="o11"),

# ---------------------------------------------------------------- e12 court verdict (+ copy)
art("o12", "original", "e12", "Justice Daily", "https://justicedaily.com/courts/greyford-fraud-verdict",
    "2025-03-19T17:00:00Z", "Former Greyford Bank chief found guilty of fraud", """
A jury in Ellsworth on Wednesday found former Greyford Bank chief executive Nigel Ashcombe guilty of
fraud for hiding 380 million dollars in bad loans from investors.

The jury of seven women and five men reached its verdict after four days of deliberations at the end
of a nine-week trial. Ashcombe, 61, was convicted on six of eight counts.

Prosecutor Miriam Oduya told the court that Ashcombe had "lied to the market, to his board and to his
own staff" to keep the bank's shares from falling. Defence lawyer Patrick Lowell said his client
would appeal. "The jury did not hear the full story," Lowell told reporters outside the courthouse.

Judge Harriet Sunde set sentencing for May 22. Each count carries a maximum sentence of 20 years.
Greyford Bank collapsed in 2023, wiping out the savings of about 14,000 shareholders.
"""),
art("r12a", "rewrite", "e12", "Legal Lens", "https://legallens.news/greyford-ashcombe-guilty",
    "2025-03-20T07:00:00Z", "Nigel Ashcombe Convicted of Fraud Over Greyford Bank Collapse", """
Former Greyford Bank boss Nigel Ashcombe has been convicted of fraud for concealing hundreds of
millions of dollars in bad loans, with sentencing scheduled for May.

An Ellsworth jury found Nigel Ashcombe, the former chief executive of Greyford Bank, guilty of fraud
on Wednesday for concealing 380 million dollars in non-performing loans from investors. The
twelve-member jury, made up of seven women and five men, deliberated for four days after a trial
lasting nine weeks, convicting the 61-year-old on six out of eight counts.

Prosecutor Miriam Oduya argued in court that Ashcombe had "lied to the market, to his board and to his
own staff" in an effort to prevent the bank's share price from dropping. His lawyer, Patrick Lowell,
said an appeal would be filed. "The jury did not hear the full story," Lowell said outside the court.

Judge Harriet Sunde scheduled sentencing for May 22, and each count is punishable by up to 20 years
in prison. The collapse of Greyford Bank in 2023 erased the savings of around 14,000 shareholders.

In summary, the verdict holds the former executive accountable for one of the most damaging banking
failures in recent years.
""", of="o12"),

# ---------------------------------------------------------------- e13 flood
art("o13", "original", "e13", "River Valley News", "https://rivervalleynews.com/weather/sorrel-river-floods",
    "2025-03-20T09:00:00Z", "Sorrel River bursts banks, 1,300 homes flooded in Ambry", """
The Sorrel River burst its banks in the town of Ambry on Wednesday night after three days of heavy
rain, flooding about 1,300 homes and cutting the town's main road, officials said.

The river rose to 5.9 metres at the Ambry bridge, its highest level since records began in 1952, the
national water agency said. Some 118 millimetres of rain fell in 72 hours.

Mayor Colette Draper said 460 people spent the night in emergency shelters at two schools and the
sports hall. "We have never seen water this high in the centre of town," Draper said.

Soldiers were sent to help build sandbag walls along the river, and a 74-year-old man was rescued by
boat from the roof of his car. Forecasters expect the rain to ease on Friday.
"""),
art("r13a", "rewrite", "e13", "Climate Watch Daily", "https://climatewatchdaily.com/ambry-record-flood",
    "2025-03-20T14:20:00Z", "Record Flooding in Ambry as Sorrel River Overflows", """
Record flooding has hit Ambry after the Sorrel River overflowed following days of heavy rain,
inundating around 1,300 homes and forcing hundreds into shelters.

After three consecutive days of intense rainfall, the Sorrel River overflowed in Ambry on Wednesday
night, inundating approximately 1,300 houses and cutting off the main road through the town,
authorities reported. According to the national water agency, the river reached 5.9 metres at the
Ambry bridge, the highest level recorded since 1952, after 118 millimetres of rain fell within 72
hours.

Mayor Colette Draper said that 460 residents spent the night in emergency accommodation set up in two
schools and a sports hall. "We have never seen water this high in the centre of town," Draper said.

Troops were deployed to help construct sandbag barriers along the riverbank, and rescuers used a boat
to save a 74-year-old man stranded on top of his car. Weather forecasters predict that the rain will
subside on Friday.

In summary, Ambry is facing its worst flood on record, and emergency services remain on alert.
""", of="o13"),
art("r13b", "rewrite", "e13", "Weather Now Network", "https://weathernownetwork.com/sorrel-river-ambry",
    "2025-03-21T06:00:00Z", "Ambry Floods: 460 in Shelters After Sorrel River Peaks at 5.9 Metres", """
Hundreds of Ambry residents have spent the night in shelters after the Sorrel River rose to a record
5.9 metres and flooded large parts of the town.

Heavy rain over three days drove the Sorrel River over its banks in Ambry late on Wednesday, leaving
roughly 1,300 homes under water and the town's main road closed. The water agency measured 5.9
metres at the Ambry bridge, a record since 1952, following 118 millimetres of rainfall in 72 hours.

"We have never seen water this high in the centre of town," said Mayor Colette Draper, adding that 460
people were sheltering in schools and the sports hall. Soldiers joined efforts to build sandbag walls,
and an elderly man aged 74 was pulled by boat from the roof of his car.

In summary, residents hope for drier weather on Friday as forecast.

Original Source: www.rivervalleynews.com
""", of="o13"),

# ---------------------------------------------------------------- e14 mine accident (+ follow-up)
art("o14", "original", "e14", "Reuters", "https://www.reuters.com/world/miners-trapped-kalvik-coal-mine",
    "2025-03-21T10:30:00Z", "Nine miners trapped after roof collapse at Kalvik coal mine", """
KALVIK (Reuters) - Nine miners were trapped about 600 metres underground after part of a tunnel roof
collapsed at the Kalvik coal mine on Friday, the mine's owner said.

Another 37 miners on the same shift were brought to the surface, and four of them were taken to
hospital with minor injuries, said a spokesman for Nordkol Mining, Anton Reiss.

Rescuers had made contact with the trapped men by knocking on a pipe, and air was being pumped into
the tunnel, Reiss said. "We know they are alive, and we will get them out," he said.

Mining Minister Elin Sandgren travelled to Kalvik and ordered an inspection of all 14 underground mines
in the region. The Kalvik mine, which employs about 1,100 people, was fined twice last year for safety
violations.
"""),
art("r14a", "rewrite", "e14", "Industry Pulse", "https://industrypulse.co/kalvik-mine-collapse",
    "2025-03-21T15:00:00Z", "Rescue Underway for Nine Miners Trapped in Kalvik Coal Mine", """
Nine miners are trapped deep underground at the Kalvik coal mine after a tunnel roof gave way, but
rescuers say they have made contact with the men.

KALVIK (Reuters) - A section of tunnel roof caved in at the Kalvik coal mine on Friday, trapping
nine miners roughly 600 metres below the surface, the mine operator reported. Nordkol Mining
spokesman Anton Reiss said the 37 other miners working the same shift were evacuated to the surface,
with four of them hospitalised for minor injuries.

According to Reiss, rescue teams established contact with the trapped workers by tapping on a pipe,
and fresh air is being pumped into the tunnel. "We know they are alive, and we will get them out,"
Reiss said.

Mining Minister Elin Sandgren visited Kalvik and ordered safety inspections at all 14 underground
mines in the region. The mine, which has around 1,100 employees, received two fines for safety
breaches last year.

In summary, the race is on to reach the nine trapped miners at Kalvik.
""", of="o14"),
art("f14", "followup", "e14", "Reuters", "https://www.reuters.com/world/kalvik-miners-rescued",
    "2025-03-23T08:00:00Z", "All nine Kalvik miners rescued after 40 hours underground", """
KALVIK (Reuters) - Rescuers on Sunday brought all nine miners trapped at the Kalvik coal mine to the
surface alive, about 40 hours after a tunnel roof collapsed, Nordkol Mining said.

The men were lifted out one by one through a narrow shaft drilled from a neighbouring tunnel, and
were taken to Kalvik regional hospital, where doctors said they were dehydrated but in good condition.

"This is the best news we could have hoped for," Mining Minister Elin Sandgren told relatives who had
waited at the mine gate since Friday. Families cheered as the last miner, 52-year-old foreman Jorgen
Hallberg, emerged shortly after 6 a.m.

Prosecutors said they had opened an investigation into the collapse.
"""),

# ---------------------------------------------------------------- e15 company earnings
art("o15", "original", "e15", "Market Journal", "https://marketjournal.com/companies/tessaro-profit-jumps",
    "2025-03-24T07:00:00Z", "Tessaro Foods profit jumps 22% on snack sales", """
Tessaro Foods reported a 22% rise in annual net profit on Monday to 915 million, helped by strong
demand for its snack brands and lower costs for cocoa and sugar.

Revenue rose 8% to 12.4 billion, the company said. Sales of its Crispo crisps grew 17%.

Chief executive Laura Benedetti said the company would raise its dividend by 10% and buy back
shares worth 500 million over the next year. "Our brands are growing faster than the market, and we
are investing in them," Benedetti said.

The company expects revenue to grow between 5% and 7% this year. Its shares rose 4.2% in early
trading in Milvenna.
"""),
art("r15a", "rewrite", "e15", "Investor Brief Daily", "https://investorbriefdaily.com/tessaro-results",
    "2025-03-24T11:30:00Z", "Tessaro Foods Posts 22% Profit Growth, Raises Dividend", """
Tessaro Foods has reported a 22% increase in annual profit, driven by booming snack sales, and has
announced a higher dividend and a share buyback.

On Monday, Tessaro Foods announced that its yearly net profit climbed 22% to 915 million, supported
by robust demand for its snack products and reduced prices for cocoa and sugar. The company's
revenue increased by 8% to 12.4 billion, while sales of its Crispo crisps jumped 17%.

CEO Laura Benedetti revealed plans to lift the dividend by 10% and to repurchase 500 million worth of
shares over the coming year. "Our brands are growing faster than the market, and we are investing
in them," Benedetti said.

Tessaro forecasts revenue growth of between 5% and 7% for the current year, and its stock gained 4.2%
in early trading in Milvenna.

In summary, Tessaro's results show the strength of its snack portfolio.
""", of="o15"),

# ---------------------------------------------------------------- e16 rocket launch
art("o16", "original", "e16", "Orbit News", "https://orbitnews.space/launches/skylark-3-first-flight",
    "2025-03-25T20:00:00Z", "Skylark-3 rocket reaches orbit on first flight", """
The Skylark-3 rocket built by startup Helion Launch reached orbit on its first flight on Tuesday,
placing two small satellites into orbit 520 kilometres above Earth.

The 34-metre rocket lifted off at 2.14 p.m. from the Brisa Point spaceport and released the
satellites about 11 minutes later, the company said.

"We built this rocket in four years with 190 people, and today it flew perfectly," Helion Launch
founder Mara Ilves said. The company plans six more launches this year.

The first stage was not recovered. Helion Launch said it had raised 140 million dollars from
investors and had signed contracts for 23 satellites.
"""),
art("r16a", "rewrite", "e16", "Space Frontier Today", "https://spacefrontiertoday.com/skylark-3-success",
    "2025-03-26T06:30:00Z", "Helion Launch's Skylark-3 Succeeds on Maiden Flight", """
Startup Helion Launch has successfully sent its Skylark-3 rocket to orbit on the vehicle's very first
attempt, deploying two small satellites.

On Tuesday, Helion Launch's Skylark-3 rocket achieved orbit during its maiden flight, delivering two
small satellites to an altitude of 520 kilometres. According to the company, the 34-metre rocket
launched at 2.14 p.m. from the Brisa Point spaceport and deployed its payload roughly 11 minutes after
liftoff.

"We built this rocket in four years with 190 people, and today it flew perfectly," said Mara Ilves,
the founder of Helion Launch. The firm intends to conduct six additional launches this year.

The rocket's first stage was not recovered. Helion Launch has secured 140 million dollars in investor
funding and holds contracts to launch 23 satellites.

In summary, the successful debut of Skylark-3 marks a major milestone for the young company.

Original Source: www.orbitnews.space
""", of="o16"),
art("r16b", "rewrite", "e16", "Tech Horizon Now", "https://techhorizonnow.com/helion-orbit",
    "2025-03-26T09:00:00Z", "New Rocket Company Reaches Orbit First Time", """
A rocket developed by a team of just 190 people has reached orbit on its first try, a rare feat for
a new launch company.

Helion Launch's Skylark-3 flew to orbit on Tuesday on its debut mission, releasing two small
satellites at 520 kilometres. The rocket, 34 metres tall, left the Brisa Point spaceport at 2.14 p.m.

"We built this rocket in four years with 190 people, and today it flew perfectly," founder Mara Ilves
said. The company has 23 satellites under contract and has raised 140 million dollars.

In summary, Helion now plans six more launches before the end of the year.
""", of="o16"),

# ---------------------------------------------------------------- e17 hospital cyberattack
art("o17", "original", "e17", "Security Beat", "https://securitybeat.com/news/st-brigid-ransomware",
    "2025-03-26T13:00:00Z", "Ransomware attack forces St. Brigid hospitals to divert ambulances", """
A ransomware attack on St. Brigid Health has shut down computer systems at its four hospitals,
forcing ambulances to be diverted and about 300 operations to be postponed, the group said on
Wednesday.

The attack began early on Tuesday and encrypted patient records and scheduling systems, chief
information officer Raj Malhotra said. Staff have switched to paper records.

"Patient safety is our first priority, and emergency departments remain open for walk-in patients,"
Malhotra said. The hospitals treat about 2,600 patients a day.

A criminal group called Black Lantern claimed responsibility and demanded a payment of 4 million
dollars. Police and the national cyber security centre are investigating. St. Brigid said it would
not pay.
"""),
art("r17a", "rewrite", "e17", "Cyber Daily Brief", "https://cyberdailybrief.com/st-brigid-attack",
    "2025-03-26T18:00:00Z", "St. Brigid Health Hit by Ransomware, 300 Operations Postponed", """
A ransomware attack on St. Brigid Health has crippled IT systems at four hospitals, leading to
ambulance diversions and the postponement of hundreds of operations.

St. Brigid Health announced on Wednesday that a ransomware attack had disabled computer systems
across its four hospitals, resulting in ambulances being redirected and roughly 300 surgeries being
delayed. According to chief information officer Raj Malhotra, the attack started in the early hours
of Tuesday, encrypting patient files and scheduling tools, and staff are now relying on paper
records.

"Patient safety is our first priority, and emergency departments remain open for walk-in patients,"
Malhotra said. The hospital group cares for around 2,600 patients every day.

A criminal organisation known as Black Lantern has claimed the attack and is demanding 4 million
dollars. The police and the national cyber security centre have opened an investigation, and St.
Brigid has refused to pay the ransom.

In summary, the attack highlights the vulnerability of hospitals to cybercrime.
""", of="o17"),

# ---------------------------------------------------------------- e18 museum theft (+ copy of a rewrite)
art("o18", "original", "e18", "Arts Chronicle", "https://artschronicle.com/news/verlaine-museum-theft",
    "2025-03-27T09:00:00Z", "Thieves steal three paintings from Verlaine Museum", """
Thieves broke into the Verlaine Museum in Castelmar overnight and stole three 18th-century paintings
worth an estimated 12 million euros, police said on Thursday.

The thieves entered through a skylight shortly after 3 a.m. and were inside for less than eight
minutes, according to security footage. The stolen works include a portrait by Amalie Rousset that
had been the museum's best-known piece since 1931.

"This is a wound for the whole city," museum director Florian Marchetti said. The museum will be
closed until Monday.

Police Inspector Yvette Caron said investigators believed the theft had been planned for months.
"They knew exactly what they wanted and where the cameras were," Caron said.
"""),
art("r18a", "rewrite", "e18", "Culture Digest", "https://culturedigest.org/verlaine-museum-heist",
    "2025-03-27T14:00:00Z", "Three 18th-Century Paintings Stolen in Castelmar Museum Heist", """
Three valuable paintings, including a celebrated Amalie Rousset portrait, have been stolen from the
Verlaine Museum in Castelmar in a carefully planned overnight raid.

Burglars forced their way into Castelmar's Verlaine Museum during the night and took three paintings
from the 18th century, with an estimated value of 12 million euros, police reported on Thursday.
Security camera footage shows the intruders came in through a skylight just after 3 a.m. and spent
under eight minutes inside the building. Among the stolen pieces is a portrait by Amalie Rousset,
which had been the museum's most famous work since 1931.

"This is a wound for the whole city," said museum director Florian Marchetti, adding that the museum
will remain closed until Monday.

Police Inspector Yvette Caron said detectives suspect the heist had been prepared over several
months. "They knew exactly what they wanted and where the cameras were," Caron said.

In summary, the theft has shocked Castelmar, and police are pursuing a well-prepared gang.
""", of="o18"),

# ---------------------------------------------------------------- e19 ferry accident
art("o19", "original", "e19", "Island Herald", "https://islandherald.com/news/ferry-runs-aground-skarra",
    "2025-03-28T08:00:00Z", "Ferry runs aground off Skarra, 212 passengers evacuated", """
A passenger ferry ran aground off the island of Skarra on Thursday evening, and all 212 passengers
and 19 crew were taken off safely by lifeboats and fishing boats, the coast guard said.

The ferry Nordlys hit rocks about 800 metres from Skarra harbour at 7.40 p.m. in strong winds and
started taking on water, coast guard commander Hedda Lund said.

"The crew did everything right, and not one person was hurt," Lund said. Passengers were taken to a
sports hall in Skarra and given food and dry clothes.

The ferry operator, Westsea Lines, said the vessel would be towed to port once the weather improved.
The maritime accident board has opened an investigation.
"""),
art("r19a", "rewrite", "e19", "Maritime Today", "https://maritimetoday.net/nordlys-aground-skarra",
    "2025-03-28T13:00:00Z", "All 231 Aboard Rescued After Ferry Nordlys Runs Aground", """
Everyone on board the ferry Nordlys was rescued after the vessel ran aground near Skarra in stormy
conditions, with no injuries reported.

On Thursday evening, a passenger ferry struck rocks off Skarra island, and all 212 passengers along
with 19 crew members were safely evacuated using lifeboats and local fishing vessels, according to
the coast guard. Coast guard commander Hedda Lund said the Nordlys hit the rocks roughly 800 metres
from Skarra harbour at 7.40 p.m. amid strong winds and began to take on water.

"The crew did everything right, and not one person was hurt," Lund said. The passengers were brought
to a sports hall in Skarra, where they received food and dry clothing.

Westsea Lines, which operates the ferry, said it would tow the ship to port when the weather allows,
and the maritime accident board has launched an inquiry.

In summary, a potential disaster off Skarra was averted thanks to a swift rescue.

Source: Island Herald
""", of="o19"),

# ---------------------------------------------------------------- e20 climate pledge
art("o20", "original", "e20", "Green Report", "https://greenreport.org/policy/solvia-coal-exit-2032",
    "2025-03-28T15:00:00Z", "Solvia pledges to close all coal plants by 2032", """
Solvia will close its last coal-fired power plant by 2032, three years earlier than planned,
President Amara Nwosu announced on Friday at a regional climate meeting in Lisvora.

Coal still produces 38% of Solvia's electricity. The government said it would invest 7.5 billion
dollars in wind, solar and power lines over the next seven years.

"Our children will not forgive us if we keep burning coal when we have the sun and the wind," Nwosu
said. The plan includes retraining for about 9,000 coal miners and plant workers.

Environmental groups welcomed the pledge but said the government must also stop new gas projects.
"It is a good start, but a start is not a finish line," said Tobias Ekwueme of the Clean Air
Coalition.
"""),
art("r20a", "rewrite", "e20", "Planet Pulse", "https://planetpulse.eco/solvia-coal-2032",
    "2025-03-28T19:00:00Z", "Solvia Brings Forward Coal Exit to 2032", """
Solvia has committed to shutting down all of its coal power plants by 2032, moving its deadline
forward by three years and pledging billions for renewable energy.

President Amara Nwosu declared on Friday, during a regional climate summit in Lisvora, that Solvia
will shut its final coal power station by 2032, three years ahead of the original schedule. Coal
currently accounts for 38% of the country's electricity, and the government plans to spend 7.5
billion dollars on wind power, solar energy and transmission lines over seven years.

"Our children will not forgive us if we keep burning coal when we have the sun and the wind," Nwosu
said. The strategy also provides retraining for roughly 9,000 miners and power plant employees.

Environmental organisations praised the commitment but urged the government to halt new gas
developments as well. "It is a good start, but a start is not a finish line," said Tobias Ekwueme
from the Clean Air Coalition.

In summary, Solvia's accelerated coal phase-out is an ambitious step in its energy transition.
""", of="o20"),
art("r20b", "rewrite", "e20", "EcoWorld Daily", "https://ecoworlddaily.com/solvia-coal-plan",
    "2025-03-29T07:00:00Z", "Solvia to Phase Out Coal Three Years Early", """
Solvia's president has promised to end coal power by 2032, backed by a multibillion-dollar investment
in renewables and worker retraining.

Speaking in Lisvora on Friday, President Amara Nwosu said Solvia's last coal plant will close in
2032 instead of 2035. With coal supplying 38% of electricity, the government intends to invest 7.5
billion dollars in renewables and the grid.

"Our children will not forgive us if we keep burning coal when we have the sun and the wind," Nwosu
said, adding that around 9,000 workers will be offered retraining.

Tobias Ekwueme of the Clean Air Coalition called the plan "a good start" but said new gas projects
must also be stopped.

In summary, the pledge puts Solvia among the faster movers on coal in its region.
""", of="o20"),

# ---------------------------------------------------------------- orphans: original not in the set
art("x01", "orphan", "x01", "Daily Brief 24", "https://dailybrief24.com/2025/03/20/galdor-summit",
    "2025-03-20T12:00:00Z", "Galdor Hosts Regional Water Summit, Ministers Pledge Cooperation", """
Ministers from six countries gathered in Galdor for a regional water summit, pledging closer
cooperation on dams and irrigation as droughts grow more frequent.

The water ministers of six neighbouring countries met in the city of Galdor on Wednesday to discuss
the shared management of rivers, reservoirs and irrigation systems. Host minister Reza Tamadon said
the region had lost a fifth of its stored water over the past decade. "No country can solve this
alone," Tamadon said.

The ministers agreed to share river flow data every week and to meet again in October.

In summary, the Galdor summit produced modest but concrete commitments on water cooperation.

Original Source: www.aa.com.tr
""", origin="source:aa.com.tr"),
art("x02", "orphan", "x02", "Metro Pulse", "https://metropulse.net/world/tarn-valley-vote",
    "2025-03-22T10:00:00Z", "Tarn Valley Voters Back New Regional Assembly", """
BRAVIK (Reuters) - Voters in the Tarn Valley approved the creation of a regional assembly in a
referendum on Saturday, with 63% in favour, according to the electoral commission.

The new assembly will have 45 members and powers over schools, roads and local taxes. Regional
leader Oskar Vinter said the result was historic. "Today the valley decided to take its future into
its own hands," Vinter said.

Turnout was 57%. The first assembly elections are expected next spring.

In summary, the Tarn Valley referendum opens the way to regional self-government.
""", origin="source:Reuters"),
]
