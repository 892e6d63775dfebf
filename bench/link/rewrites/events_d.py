"""Harder cases (fictional): heavy seed-003-style rewrites (condensed, quotes dropped or turned
into indirect speech, figures reworded, background padding) and hard negatives that share
people and figures with an earlier event."""
from common import art

ARTICLES = [
# Heavy rewrite of o13 (flood): no quotes kept, figures partly reworded, background padding.
art("h13", "rewrite", "e13", "Global Climate Brief", "https://globalclimatebrief.com/ambry-flooding-crisis",
    "2025-03-21T12:00:00Z", "Ambry Flooding Highlights Growing Climate Risks", """
Unprecedented flooding in Ambry after the Sorrel River overflowed has displaced hundreds of residents
and underscored the growing vulnerability of river towns to extreme rainfall.

The town of Ambry experienced severe flooding this week when the Sorrel River rose beyond its banks
following three days of relentless rain, affecting well over a thousand homes and closing the
principal road into the town. Water levels at the Ambry bridge reached 5.9 metres, surpassing every
reading taken since monitoring started in 1952, according to the national water agency.

Mayor Colette Draper described the situation as unprecedented, noting that the water in the town
centre was higher than anyone could remember. Hundreds of people were forced to seek refuge in
schools and a sports hall, while soldiers assisted residents in reinforcing the riverbanks with
sandbags. In one dramatic rescue, an elderly motorist was saved by boat after climbing onto the roof
of his car.

Flooding along the Sorrel River is not new, but experts have warned that heavier and more frequent
downpours are putting older flood defences under increasing strain. Many towns in the region were
built close to the water, leaving homes and businesses exposed when rivers rise quickly.

In summary, the Ambry floods serve as a stark reminder of the risks facing riverside communities.
Officials hope that drier conditions forecast for the end of the week will allow the recovery to
begin, while residents and local leaders are likely to call for stronger flood defences in the
months ahead.

Original Source: www.rivervalleynews.com
""", of="o13"),
# Heavy rewrite of o02 (rates): figures in words, no quotes, credit by "according to Reuters".
art("h02", "rewrite", "e02", "Economy Insider Daily", "https://economyinsiderdaily.com/veloria-tightening",
    "2025-03-07T12:00:00Z", "Veloria's Central Bank Doubles Down on Inflation Fight", """
Veloria's central bank has stepped up its fight against stubborn inflation with another interest rate
increase, its third this year, while warning that economic growth will be weaker than expected.

The National Bank of Veloria raised its benchmark rate by half a percentage point to 6.25 percent on
Thursday, according to Reuters, citing a slower than anticipated decline in inflation. Governor Tomas
Rydell explained that prices in February were 7.4 percent higher than a year earlier, more than twice
the bank's target of 3 percent, and stressed that the bank would not let high inflation become
entrenched.

The decision was not unanimous, as two board members argued for a smaller move. Markets had expected
a quarter-point increase, and the veloran strengthened against the euro after the announcement.

The bank now projects growth of 1.1 percent this year, down from 1.6 percent, as exports to
neighbouring countries weaken. Rydell suggested that further action could come in May, depending on
the pace of wage growth.

Central banks across the region have struggled to bring inflation back to target after several years
of rising energy and food prices. Higher borrowing costs, however, are weighing on households and
businesses, and policymakers face a difficult balance between price stability and growth.

In summary, Veloria's latest rate increase shows the central bank's determination to tame inflation,
even at the cost of slower growth.
""", of="o02"),
# Heavy rewrite of o16 (rocket): quote turned into indirect speech, no footer.
art("h16", "rewrite", "e16", "Innovation Daily Report", "https://innovationdailyreport.com/helion-skylark",
    "2025-03-26T15:00:00Z", "Skylark-3 Debut Puts Helion Launch on the Map", """
Helion Launch has joined the small group of companies that have reached orbit on a rocket's first
flight, a milestone that could make it a serious player in the small satellite market.

The company's Skylark-3 vehicle lifted off from the Brisa Point spaceport on Tuesday afternoon and
placed two small satellites into an orbit 520 kilometres above the Earth roughly eleven minutes after
launch. Founder Mara Ilves said the rocket had been developed in just four years by a team of 190
employees and described the flight as flawless.

Although the first stage of the 34-metre rocket was not recovered, the firm is already planning six
more missions before the end of the year. Helion Launch has raised 140 million dollars and has signed
agreements to carry 23 satellites.

The market for launching small satellites has grown quickly as companies deploy networks for
communications and Earth observation. New providers must prove reliability before customers trust
them with valuable payloads.

In summary, Skylark-3's successful debut strengthens Helion Launch's position in a competitive
industry.
""", of="o16"),
# Heavy condensed rewrite of o17 (cyberattack), no footer.
art("h17", "rewrite", "e17", "Health IT Review", "https://healthitreview.com/st-brigid-ransomware-impact",
    "2025-03-27T08:00:00Z", "Ransomware Disrupts Care at St. Brigid Health", """
A cyberattack on St. Brigid Health has disrupted care across four hospitals, showing once again how
exposed healthcare systems are to ransomware.

St. Brigid Health said hackers encrypted its patient records and scheduling systems, forcing staff to
return to paper, diverting ambulances and delaying around 300 operations. Chief information officer
Raj Malhotra said emergency departments remained open to walk-in patients. The group treats roughly
2,600 patients each day.

The criminal group Black Lantern has claimed responsibility and asked for 4 million dollars, but the
hospital group has said it will not pay. Police and the national cyber security centre are
investigating.

Hospitals have become frequent targets for ransomware gangs because disruption to patient care puts
pressure on them to pay quickly.

In summary, the St. Brigid attack is a reminder that hospitals must invest in cyber defences.
""", of="o17"),

# Hard negative sharing people and figures with o02: the governor testifies a week later.
art("n02b", "original", "e02b", "Capital Wire", "https://capitalwire.com/economy/rydell-parliament-testimony",
    "2025-03-13T10:00:00Z", "Veloria's Rydell tells lawmakers bank cannot rule out more hikes", """
National Bank of Veloria Governor Tomas Rydell told the parliament's finance committee on Wednesday
that the bank could not rule out further rate increases, a week after it raised its main rate to
6.25%.

Rydell said the bank was worried about rent increases, which reached 11.2% in the year to February,
and about a planned rise in the minimum wage. "Housing costs are now the biggest driver of inflation
in this country," Rydell told the committee.

Opposition lawmaker Petra Halvard accused the bank of hurting families with mortgages. About 310,000
households have variable-rate loans, according to the banking association. "Every increase is a
tax on young families," Halvard said.

Rydell defended the bank's record and said inflation would fall to about 4% by the end of the year.
The committee will hear from Finance Minister Jonas Elmqvist next Tuesday.
"""),
art("rn02b", "rewrite", "e02b", "Economy Insider Daily", "https://economyinsiderdaily.com/rydell-testimony",
    "2025-03-13T16:00:00Z", "Rydell Warns Lawmakers of Possible Further Rate Rises", """
Veloria's central bank governor has told parliament that more rate increases remain possible, as
rising rents keep inflation elevated.

Speaking before the finance committee of parliament on Wednesday, Governor Tomas Rydell of the
National Bank of Veloria said further interest rate hikes could not be excluded, one week after the
bank lifted its key rate to 6.25%. Rydell voiced concern over rent increases of 11.2% in the twelve
months to February and over a planned minimum wage increase. "Housing costs are now the biggest
driver of inflation in this country," Rydell said.

Opposition member Petra Halvard charged that the central bank was harming families with mortgages,
noting that around 310,000 households hold variable-rate loans, according to the banking
association. "Every increase is a tax on young families," Halvard said.

Rydell defended the bank's policy and predicted that inflation would slow to roughly 4% by year end.
Finance Minister Jonas Elmqvist is due to appear before the committee next Tuesday.

In summary, the governor's testimony suggests that borrowing costs in Veloria may keep rising.
""", of="n02b"),

# Hard negative sharing the minister with o11: Ardic meets another neighbour a week later.
art("n11b", "original", "e11b", "Anadolu Agency", "https://www.aa.com.tr/en/politics/aravia-sorvik-energy-deal",
    "2025-03-25T12:00:00Z", "Aravia and Sorvik sign gas pipeline agreement", """
Aravia and Sorvik signed an agreement on Tuesday to build a 340-kilometre gas pipeline between the two
countries, Aravian Foreign Minister Kemal Ardic said after talks in the Sorvik capital, Lenn.

The pipeline, which will cost about 1.8 billion dollars, is due to carry 6 billion cubic metres of gas
a year from 2029. Sorvik's Energy Minister Dana Ruiz said construction would start next spring.

"This pipeline will tie our economies together for decades," Ardic said at the signing ceremony.
Ruiz said the project would create about 4,000 jobs. "Sorvik will become a bridge for energy in the
region," she said.
"""),
art("rn11b", "rewrite", "e11b", "Regional Affairs Review", "https://regionalaffairsreview.com/aravia-sorvik-pipeline",
    "2025-03-25T18:00:00Z", "Aravia and Sorvik Agree to Build 340-Kilometre Gas Pipeline", """
Aravia and Sorvik have signed a deal to construct a gas pipeline linking the two countries, expected
to carry 6 billion cubic metres of gas annually from 2029.

On Tuesday, Aravia and Sorvik concluded an agreement to build a gas pipeline stretching 340
kilometres between them, Aravian Foreign Minister Kemal Ardic announced following negotiations in
Lenn, the capital of Sorvik. The project is estimated to cost roughly 1.8 billion dollars, and
Sorvik's Energy Minister Dana Ruiz said building work is set to begin next spring.

"This pipeline will tie our economies together for decades," Ardic said during the signing. Ruiz
added that around 4,000 jobs would be created. "Sorvik will become a bridge for energy in the
region," she said.

In summary, the pipeline deal deepens economic ties between Aravia and Sorvik.

Original Source: www.aa.com.tr
""", of="n11b"),
]
