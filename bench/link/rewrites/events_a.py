"""Events e01-e05 (fictional): originals, machine-style rewrites, hard negatives."""
from common import art

ARTICLES = [
# ---------------------------------------------------------------- e01 warehouse fire
art("o01", "original", "e01", "Valley Courier", "https://www.valleycourier.com/news/dunmore-warehouse-fire",
    "2025-03-03T07:10:00Z", "Three hurt as fire destroys Dunmore furniture warehouse", """
A fire tore through a furniture warehouse in Dunmore on Sunday night, injuring three workers and
forcing the evacuation of about 140 nearby residents, officials said.

The blaze broke out shortly after 9 p.m. at the Halvorsen Furniture depot on Mill Road, according
to the Dunmore Fire Department. More than 60 firefighters from four stations fought the flames for
nearly six hours before bringing them under control early Monday.

Fire Chief Orla Brennan said the three injured workers were treated for smoke inhalation at
St. Agnes Hospital and were in stable condition. "The building was fully involved when our first
crews arrived, and the roof collapsed within forty minutes," Brennan told reporters at the scene.

Residents of 52 homes on Mill Road and Tanner Street were moved to a school gym overnight and
allowed back on Monday morning.

The company said the warehouse held about 8,000 pieces of finished furniture, and early estimates
put the damage at 4.5 million dollars. Investigators from the state fire marshal's office are
examining an electrical panel near the loading dock as a possible cause.

"We are grateful that everyone got out, and we will rebuild," said Halvorsen chief executive
Martin Keel. The depot employs 85 people, and the company said workers will be paid while the site
is closed.
"""),
art("r01a", "rewrite", "e01", "Daily Brief 24", "https://dailybrief24.com/2025/03/04/dunmore-fire",
    "2025-03-04T10:00:00Z", "Dunmore Warehouse Blaze Leaves Three Injured, 140 Evacuated", """
Three workers were hurt and around 140 residents were evacuated after a large fire destroyed the
Halvorsen Furniture warehouse in Dunmore. Officials are investigating an electrical panel as a
potential cause, while the company has pledged to rebuild.

A major fire swept through a furniture storage facility in the town of Dunmore late on Sunday,
leaving three employees injured and prompting authorities to evacuate roughly 140 people living
nearby. According to the Dunmore Fire Department, the fire started just after 9 p.m. at the
Halvorsen Furniture depot located on Mill Road.

Over 60 firefighters drawn from four stations battled the blaze for almost six hours, finally
bringing it under control in the early hours of Monday. Fire Chief Orla Brennan stated that the
injured employees received treatment for smoke inhalation at St. Agnes Hospital and are in stable
condition. "The building was fully involved when our first crews arrived, and the roof collapsed
within forty minutes," Brennan told reporters at the scene.

People living in 52 homes along Mill Road and Tanner Street spent the night in a school gymnasium
before being permitted to return on Monday morning. The firm indicated that roughly 8,000 finished
furniture items were stored in the warehouse, with initial estimates placing the damage at
4.5 million dollars.

Investigators from the state fire marshal's office are looking into an electrical panel close to
the loading dock as a possible source of the fire. "We are grateful that everyone got out, and we
will rebuild," said Martin Keel, the chief executive of Halvorsen. The depot has 85 employees, and
the company confirmed that staff will continue to receive wages while the facility remains closed.

In summary, the Dunmore warehouse fire injured three workers, displaced residents of 52 homes
overnight and caused an estimated 4.5 million dollars in damage, with the company promising to
rebuild and to keep paying its staff.

Original Source: www.valleycourier.com
""", of="o01"),
art("r01b", "rewrite", "e01", "Metro Pulse", "https://metropulse.net/local/furniture-depot-fire-dunmore",
    "2025-03-04T15:30:00Z", "Firefighters Battle Overnight Blaze at Furniture Depot", """
A late-night blaze at a Dunmore furniture depot injured three staff members and forced dozens of
households from their homes, as investigators turn their attention to the building's wiring.

Flames engulfed the Halvorsen Furniture depot on Mill Road in Dunmore on Sunday evening, with the
first alarm raised a little after 9 p.m., local fire officials reported. It took more than 60
firefighters from four different stations close to six hours to get the fire under control.

Three workers suffered smoke inhalation and were taken to St. Agnes Hospital, where Fire Chief Orla
Brennan said they remained stable. "The building was fully involved when our first crews arrived,
and the roof collapsed within forty minutes," she said.

About 140 residents from 52 homes on Mill Road and Tanner Street were sheltered overnight in a
school gym. The warehouse stored some 8,000 pieces of furniture, and the damage has been
provisionally valued at 4.5 million dollars.

Halvorsen's chief executive, Martin Keel, thanked emergency crews. "We are grateful that everyone
got out, and we will rebuild," Keel said, adding that the 85 employees at the depot will keep
being paid.

In summary, no lives were lost in the Dunmore fire, but the depot was destroyed and the state fire
marshal is examining an electrical panel near the loading dock.
""", of="o01"),
art("n01", "original", "e01n", "Northern Ledger", "https://www.northernledger.com/carrowby/textile-mill-fire",
    "2025-03-05T18:20:00Z", "Five injured in Carrowby textile mill fire", """
Fire destroyed part of a textile mill in Carrowby on Tuesday afternoon, injuring five employees and
sending a plume of black smoke over the town centre, authorities said.

The fire started around 2 p.m. in the dyeing hall of the Westbrook Textiles plant on Canal Street,
the Carrowby fire service said. About 45 firefighters worked through the evening to contain the
blaze, which spread to a storage shed but spared the main weaving floor.

Station Commander Piet Aldana said two of the injured had burns to their hands and three had
breathed in smoke; all were taken to Carrowby General Hospital. "Chemical drums in the dyeing hall
made this a very dangerous fire to fight," Aldana said.

Police closed Canal Street and asked residents within 500 metres to keep their windows shut.

Westbrook Textiles, which employs 230 people, said production would stop for at least two weeks.
Managing director Ines Farrow estimated the losses at 1.2 million dollars. "Our first thought is
with the five colleagues who were hurt," Farrow said. The cause of the fire is under investigation.
"""),
art("rn01", "rewrite", "e01n", "Daily Brief 24", "https://dailybrief24.com/2025/03/06/carrowby-mill-fire",
    "2025-03-06T09:00:00Z", "Textile Mill Fire in Carrowby Injures Five Workers", """
Five employees were injured when fire swept through the dyeing hall of a textile mill in Carrowby,
halting production for at least two weeks. The cause of the blaze is still being investigated.

A fire ripped through a section of the Westbrook Textiles mill in Carrowby on Tuesday afternoon,
leaving five workers injured and covering the town centre in thick black smoke, according to
officials. The Carrowby fire service said the flames first appeared at about 2 p.m. in the plant's
dyeing hall on Canal Street.

Roughly 45 firefighters spent the evening containing the fire, which reached a storage shed but
did not damage the main weaving floor. Station Commander Piet Aldana explained that two workers
suffered hand burns and three inhaled smoke, and all five were transported to Carrowby General
Hospital. "Chemical drums in the dyeing hall made this a very dangerous fire to fight," Aldana said.

Police shut down Canal Street and urged people living within 500 metres to keep their windows
closed. The company, which has a workforce of 230, announced that production will be suspended for
a minimum of two weeks, and managing director Ines Farrow put the losses at 1.2 million dollars.
"Our first thought is with the five colleagues who were hurt," Farrow said.

In summary, the Carrowby mill fire injured five employees and caused an estimated 1.2 million
dollars in losses, and investigators have yet to determine what started it.

Source: Northern Ledger
""", of="n01"),

# ---------------------------------------------------------------- e02 interest rate decision
art("o02", "original", "e02", "Reuters", "https://www.reuters.com/markets/veloria-central-bank-raises-rates",
    "2025-03-06T12:40:00Z", "Veloria central bank raises key rate to 6.25% as inflation lingers", """
ASTREN (Reuters) - The National Bank of Veloria raised its main interest rate by 50 basis points to
6.25% on Thursday, its third increase this year, saying inflation was falling more slowly than
expected.

Governor Tomas Rydell told a news conference that consumer prices rose 7.4% in February from a year
earlier, well above the bank's 3% target. "We will not allow high inflation to become a permanent
feature of the economy," Rydell said.

Five of the seven members of the monetary policy board voted for the increase, while two preferred
a smaller step of 25 basis points, the bank said in a statement.

The veloran, the country's currency, gained 0.8% against the euro after the decision. Economists
polled by Reuters had expected a 25 basis point move.

The bank also cut its growth forecast for this year to 1.1% from 1.6%, citing weaker exports to
neighbouring markets. Rydell said the board was ready to act again in May if wage growth did not
slow. "The path of rates will depend on the data, not on the calendar," he added.
"""),
art("r02a", "rewrite", "e02", "Finance Today Online", "https://financetoday-online.com/veloria-rate-hike",
    "2025-03-06T16:05:00Z", "Veloria Hikes Interest Rate to 6.25% Amid Persistent Inflation", """
The National Bank of Veloria has lifted its benchmark interest rate to 6.25%, its third hike of the
year, as inflation continues to ease at a slower pace than policymakers had anticipated.

On Thursday, the central bank of Veloria increased its key interest rate by half a percentage
point, bringing it to 6.25%, according to Reuters. Speaking to reporters, Governor Tomas Rydell
noted that consumer prices in February were 7.4% higher than a year before, far exceeding the
bank's 3% goal. "We will not allow high inflation to become a permanent feature of the economy,"
Rydell said.

The decision was backed by five of the seven members of the monetary policy board, while the two
remaining members favoured a more modest 25 basis point rise. Following the announcement, the
veloran strengthened by 0.8% against the euro, as most economists had forecast only a 25 basis
point increase.

The central bank also lowered its growth projection for the current year to 1.1%, down from 1.6%,
pointing to softer exports to nearby markets. Rydell indicated that the board is prepared to
tighten policy again in May should wage increases fail to moderate. "The path of rates will depend
on the data, not on the calendar," he added.

In summary, Veloria's central bank has delivered a larger-than-expected rate increase to 6.25%,
signalled that further tightening is possible in May and trimmed its growth outlook to 1.1%.
""", of="o02"),
art("r02b", "rewrite", "e02", "Market Digest", "https://marketdigest.io/news/veloria-rates-6-25",
    "2025-03-07T08:15:00Z", "Veloran Rises After Surprise Half-Point Hike", """
Veloria's central bank surprised markets with a half-point rate rise, pushing the currency higher
and warning that more increases could follow if wages keep climbing.

ASTREN (Reuters) - Policymakers at the National Bank of Veloria voted on Thursday to increase the
main interest rate by 50 basis points to 6.25%, marking the third rise in 2025, and explained that
inflation was retreating more gradually than forecast.

Annual consumer price inflation stood at 7.4% in February, more than double the 3% target, Governor
Tomas Rydell said at a press briefing. "We will not allow high inflation to become a permanent
feature of the economy," he said.

The monetary policy board split five to two, with the minority arguing for a 25 basis point step.
The veloran climbed 0.8% versus the euro, as analysts had mostly predicted a smaller increase.

The bank now expects the economy to expand by 1.1% this year, compared with an earlier projection
of 1.6%, due to weaker demand for exports in neighbouring countries.

In summary, with inflation well above target, the National Bank of Veloria has shown it is willing
to move aggressively, and Rydell left the door open to another increase in May.
""", of="o02"),
art("n02", "original", "e02n", "Capital Wire", "https://capitalwire.com/economy/ostrava-bank-holds-rates",
    "2025-03-07T11:00:00Z", "Central Bank of Marenia holds rate at 4.5%, signals cuts ahead", """
The Central Bank of Marenia kept its benchmark interest rate unchanged at 4.5% on Friday, saying
that inflation had slowed enough for it to consider cuts later in the year.

Governor Alicja Wenders said annual inflation eased to 3.2% in February from 3.9% in January,
approaching the bank's 2.5% target. "The disinflation process is well under way, and we can start
thinking about easing in the summer," Wenders told reporters in Port Selene.

All nine members of the rate committee voted to hold, the bank said. The marenian crown slipped
0.3% against the dollar after the announcement.

The bank raised its growth forecast for the year to 2.4% from 2.1%, citing strong tourism revenue
and a rebound in construction. Analysts at Selene Securities said they now expect a first cut of
25 basis points in July. "The message was clearly dovish," said the firm's chief economist,
Ruben Ostrow.
"""),
art("rn02", "rewrite", "e02n", "Market Digest", "https://marketdigest.io/news/marenia-holds-4-5",
    "2025-03-07T17:45:00Z", "Marenia Keeps Rates on Hold, Hints at Summer Easing", """
Marenia's central bank left its key interest rate at 4.5% and indicated that falling inflation
could allow it to start cutting rates in the summer.

The Central Bank of Marenia decided on Friday to leave its main interest rate at 4.5%, noting that
the slowdown in inflation means rate reductions could be considered later this year. Governor
Alicja Wenders reported that annual inflation fell to 3.2% in February, down from 3.9% a month
earlier, bringing it closer to the 2.5% target. "The disinflation process is well under way, and we
can start thinking about easing in the summer," Wenders said in Port Selene.

The decision to hold was unanimous among the nine committee members. Following the announcement,
the marenian crown weakened by 0.3% against the dollar.

The central bank lifted its growth outlook for the year to 2.4% from 2.1%, highlighting robust
tourism income and a recovery in the construction sector. Selene Securities now anticipates an
initial 25 basis point reduction in July. "The message was clearly dovish," chief economist Ruben
Ostrow said.

In summary, Marenia has paused its policy with inflation nearing target, and markets are now
preparing for the first rate cut as soon as July.
""", of="n02"),

# ---------------------------------------------------------------- e03 earthquake
art("o03", "original", "e03", "Anadolu Agency", "https://www.aa.com.tr/en/world/quake-hits-kestria-province",
    "2025-03-08T06:30:00Z", "Magnitude 6.1 earthquake hits Kestria province, 12 killed", """
At least 12 people were killed and 96 injured when a magnitude 6.1 earthquake struck the
mountainous Kestria province early Saturday, the national disaster agency said.

The quake hit at 3.42 a.m. local time at a depth of 10 kilometres, with its epicentre near the town
of Orvan, according to the Kestria Seismology Institute. It was followed by more than 40
aftershocks, the strongest measuring 4.7.

Disaster agency head Selin Varga said 230 buildings had been damaged and 35 had collapsed, most of
them older stone houses in villages around Orvan. "Search and rescue teams are working in every
affected village, and we expect the numbers to rise," Varga told a televised briefing.

About 1,800 rescue workers and 60 sniffer dogs were sent to the region, and tents were set up for
some 4,000 people who spent the night outdoors in freezing temperatures.

Interior Minister Davor Lukic visited Orvan in the afternoon and promised that damaged homes would
be rebuilt within a year. "No family will be left without a roof," Lukic said.
"""),
art("r03a", "rewrite", "e03", "World Updates Now", "https://worldupdatesnow.com/kestria-earthquake-12-dead",
    "2025-03-08T11:20:00Z", "Deadly 6.1 Quake Strikes Kestria, Killing 12 and Injuring Dozens", """
A powerful magnitude 6.1 earthquake has killed at least 12 people and injured 96 in Kestria
province, damaging hundreds of buildings and leaving thousands of residents without shelter.

A strong earthquake with a magnitude of 6.1 shook the mountainous province of Kestria in the early
hours of Saturday, leaving at least 12 people dead and 96 others injured, the national disaster
agency reported. The Kestria Seismology Institute said the tremor occurred at 3.42 a.m. local time
at a shallow depth of 10 kilometres, centred close to the town of Orvan. More than 40 aftershocks
followed, the largest of which registered 4.7.

Selin Varga, who leads the disaster agency, reported that 230 structures were damaged and 35
collapsed entirely, mainly older stone homes in villages surrounding Orvan. "Search and rescue
teams are working in every affected village, and we expect the numbers to rise," Varga told a
televised briefing.

Around 1,800 rescuers, supported by 60 search dogs, were deployed to the area, while tents were
erected for roughly 4,000 residents forced to spend the night outside in sub-zero conditions.
Interior Minister Davor Lukic travelled to Orvan later in the day and pledged that all damaged
homes would be reconstructed within twelve months. "No family will be left without a roof," Lukic
said.

In summary, the Kestria earthquake has caused significant loss of life and property, and the
government has promised a swift reconstruction effort as rescuers continue to search the rubble.

Source: AA
""", of="o03"),
art("r03b", "rewrite", "e03", "Global Sentinel", "https://globalsentinel.org/asia/kestria-quake",
    "2025-03-08T19:00:00Z", "Kestria Earthquake: Rescue Teams Search Villages Near Orvan", """
Rescue teams are combing villages near Orvan after a 6.1 magnitude earthquake killed at least 12
people in Kestria province, with officials warning that the death toll could climb.

Kestria province was hit by a magnitude 6.1 earthquake before dawn on Saturday that claimed at least
12 lives and injured 96 people, according to the country's disaster management agency. The
epicentre was located near Orvan, at a depth of just 10 kilometres, and over 40 aftershocks were
recorded, including one of magnitude 4.7.

The agency's head, Selin Varga, said 35 buildings had fallen and 230 had suffered damage. "Search
and rescue teams are working in every affected village, and we expect the numbers to rise," she
said.

Nearly 1,800 emergency personnel and 60 trained dogs joined the operation, and about 4,000 people
were housed in tents after a freezing night in the open. During a visit to Orvan, Interior Minister
Davor Lukic vowed to rebuild every damaged house within a year. "No family will be left without a
roof," Lukic said.

The region sits on an active fault line and has experienced several moderate earthquakes over the
past decade, although Saturday's tremor is the deadliest in recent memory.

In summary, the Orvan earthquake has become a major humanitarian challenge for Kestria, as rescue
work continues and the government promises reconstruction.

Original Source: www.aa.com.tr
""", of="o03"),
art("n03", "original", "e03n", "AP", "https://apnews.com/article/talvera-earthquake-coastal-towns",
    "2025-03-10T09:15:00Z", "Magnitude 5.8 quake shakes Talvera coast, 4 dead", """
A magnitude 5.8 earthquake struck off the coast of Talvera on Monday, killing four people and
injuring 31 in fishing towns along the shore, officials said.

The quake struck at 1.15 p.m. at a depth of 22 kilometres about 15 kilometres west of the port of
Sandvik, the Talvera Geological Service said. No tsunami warning was issued.

Civil protection chief Mateo Grunwald said 64 homes had been damaged and a church bell tower had
collapsed in the old town of Sandvik. "We were lucky that it happened in daylight, when most people
were outside," Grunwald said.

About 300 rescue workers were sent to the coast, and schools in three towns will stay closed until
Thursday for inspections.

Prime Minister Edda Morland cut short a visit abroad and said the government would release
20 million in emergency aid. "The state will cover the repairs of every damaged home," Morland said.
"""),
art("rn03", "rewrite", "e03n", "World Updates Now", "https://worldupdatesnow.com/talvera-quake-4-dead",
    "2025-03-10T15:40:00Z", "Earthquake Off Talvera Coast Kills Four, Damages Dozens of Homes", """
A 5.8 magnitude earthquake off the Talvera coast has left four people dead and 31 injured, with
damage concentrated in the port town of Sandvik.

An earthquake measuring 5.8 hit the sea off Talvera on Monday afternoon, killing four people and
wounding 31 others in coastal fishing communities, authorities reported. According to the Talvera
Geological Service, the tremor struck at 1.15 p.m. at a depth of 22 kilometres, roughly 15
kilometres to the west of Sandvik, and no tsunami alert was issued.

Mateo Grunwald, the head of civil protection, said 64 houses were damaged and a church bell tower in
Sandvik's old town collapsed. "We were lucky that it happened in daylight, when most people were
outside," Grunwald said.

Some 300 rescuers were deployed along the coastline, and schools in three towns will remain shut
until Thursday so that buildings can be checked. Prime Minister Edda Morland ended an overseas trip
early and announced 20 million in emergency assistance. "The state will cover the repairs of every
damaged home," Morland said.

In summary, the Talvera earthquake caused deaths and damage along the coast, and the government has
pledged to pay for the repair of all affected homes.

The Associated Press contributed to this report.
""", of="n03"),

# ---------------------------------------------------------------- e04 football match
art("o04", "original", "e04", "Sportsline Daily", "https://sportslinedaily.com/football/harbour-city-beat-rovers",
    "2025-03-09T22:30:00Z", "Harbour City edge Ashgate Rovers 3-2 with late Okafor winner", """
Harbour City came from behind to beat Ashgate Rovers 3-2 on Sunday, with substitute Daniel Okafor
scoring the winner in the 88th minute in front of 31,400 fans at Quayside Park.

Rovers led 2-0 at half-time through goals from Marco Ferri and Luka Brandt, but City pulled one back
in the 57th minute when captain Sean Whitlow headed in a corner.

Teenage forward Ayo Mensah equalised with a low shot in the 71st minute before Okafor, on the pitch
for only six minutes, curled a free kick into the top corner.

"At half-time I told them that nobody leaves this stadium thinking we gave up," City manager
Helena Voss said. "The character they showed today was special."

The win moves Harbour City up to fourth place with 48 points, two behind Rovers, who stay third.
Rovers manager Piotr Lindqvist said his side had stopped playing after the break. "We were
excellent for 45 minutes and then we forgot how to pass," he said.
"""),
art("r04a", "rewrite", "e04", "Goal Zone Report", "https://goalzonereport.com/harbour-city-comeback",
    "2025-03-10T08:00:00Z", "Harbour City Stage Stunning Comeback Against Ashgate Rovers", """
Harbour City fought back from two goals down to defeat Ashgate Rovers 3-2, as substitute Daniel
Okafor struck a late free kick to seal a remarkable victory at Quayside Park.

Harbour City overturned a half-time deficit to claim a 3-2 win over Ashgate Rovers on Sunday, with
Daniel Okafor netting the decisive goal two minutes before full time in front of a crowd of 31,400.
Ashgate Rovers had built a two-goal advantage by the interval thanks to strikes from Marco Ferri and
Luka Brandt.

City reduced the deficit in the 57th minute when captain Sean Whitlow nodded home from a corner
kick. Young striker Ayo Mensah then levelled the score with a low drive in the 71st minute, and
Okafor, who had come on just six minutes earlier, bent a free kick into the top corner to win it.

"At half-time I told them that nobody leaves this stadium thinking we gave up," said City manager
Helena Voss. "The character they showed today was special."

With the victory, Harbour City climb to fourth in the table on 48 points, two points behind
third-placed Rovers. Rovers boss Piotr Lindqvist admitted his players had switched off in the
second half. "We were excellent for 45 minutes and then we forgot how to pass," he said.

In summary, Harbour City's second-half revival, capped by Okafor's late free kick, has tightened
the race for the top places.
""", of="o04"),
art("n04", "original", "e04n", "Sportsline Daily", "https://sportslinedaily.com/football/millbrook-draw-eastvale",
    "2025-03-09T21:50:00Z", "Millbrook United held 1-1 by ten-man Eastvale", """
Ten-man Eastvale Athletic held Millbrook United to a 1-1 draw on Sunday, with goalkeeper Tomas Berg
saving a penalty in stoppage time at the Riverside Ground.

Millbrook went ahead in the 23rd minute when striker Kofi Adjei finished a quick counter-attack, but
Eastvale equalised through defender Rhys Calloway shortly before half-time.

Eastvale midfielder Jonas Petrov was sent off in the 64th minute for a second yellow card, and
Millbrook pressed for a winner in front of 18,200 spectators.

In the 93rd minute, Berg dived to his left to stop a penalty from Millbrook captain Andre Dubois.
"Tomas won us a point on his own today," Eastvale manager Clara Hoffmann said.

The draw leaves Millbrook seventh with 41 points and Eastvale 14th with 29. Millbrook manager
Viktor Salas said his team had wasted too many chances. "We should have killed the game in the first
half," Salas said.
"""),
art("rn04", "rewrite", "e04n", "Goal Zone Report", "https://goalzonereport.com/millbrook-eastvale-draw",
    "2025-03-10T09:30:00Z", "Berg Penalty Save Earns Ten-Man Eastvale Draw at Millbrook", """
Eastvale Athletic battled to a 1-1 draw at Millbrook United despite playing with ten men, as
goalkeeper Tomas Berg saved a stoppage-time penalty to secure a point.

Despite being reduced to ten players, Eastvale Athletic earned a 1-1 draw against Millbrook United
on Sunday, thanks to a late penalty save by goalkeeper Tomas Berg at the Riverside Ground. Millbrook
took the lead after 23 minutes when Kofi Adjei converted a rapid counter-attack, but Eastvale
defender Rhys Calloway levelled just before the break.

Eastvale's Jonas Petrov received a second booking and was dismissed in the 64th minute, after which
Millbrook piled on the pressure in front of 18,200 fans. Three minutes into added time, Berg threw
himself to his left to deny Millbrook captain Andre Dubois from the penalty spot. "Tomas won us a
point on his own today," said Eastvale manager Clara Hoffmann.

The result keeps Millbrook in seventh place on 41 points, while Eastvale sit 14th with 29.
Millbrook boss Viktor Salas lamented his side's wasteful finishing. "We should have killed the game
in the first half," Salas said.

In summary, Berg's heroics denied Millbrook victory and gave Eastvale a valuable point in their
fight to move up the table.
""", of="n04"),

# ---------------------------------------------------------------- e05 tech layoffs
art("o05", "original", "e05", "Tech Herald", "https://www.techherald.com/2025/03/11/corvana-layoffs",
    "2025-03-11T14:00:00Z", "Corvana to cut 1,200 jobs as cloud growth slows", """
Software company Corvana Systems said on Tuesday it would cut 1,200 jobs, about 9% of its workforce,
as growth in its cloud storage business slowed for a third straight quarter.

Chief executive Priya Natarajan told employees in a memo that the cuts would mostly affect sales
and marketing teams in Europe and North America. "These are painful decisions, and they are mine to
own," Natarajan wrote.

The company expects to record restructuring charges of 140 million dollars to 160 million dollars,
mostly for severance, in the second quarter.

Corvana also lowered its annual revenue forecast to 6.3 billion dollars from 6.6 billion dollars.
Its shares fell 6.5% in after-hours trading.

Analyst Gareth Moyle of Brightwater Capital said customers were delaying large storage contracts.
"Corvana is paying the price for betting everything on one product line," Moyle said.

The company, based in Fenwick, had about 13,300 employees at the end of last year. It said it would
keep hiring engineers for its new data security unit.
"""),
art("r05a", "rewrite", "e05", "Startup Signal", "https://startupsignal.co/corvana-cuts-1200",
    "2025-03-11T18:30:00Z", "Corvana Systems Announces 1,200 Layoffs Amid Cloud Slowdown", """
Corvana Systems is laying off 1,200 employees, roughly 9% of its staff, after three consecutive
quarters of slowing cloud storage growth, and has reduced its revenue outlook for the year.

On Tuesday, Corvana Systems revealed plans to eliminate 1,200 positions, representing around 9% of
its global workforce, as its cloud storage division experienced a third successive quarter of
slower growth. In an internal memo, CEO Priya Natarajan explained that sales and marketing staff in
Europe and North America would bear the brunt of the reductions. "These are painful decisions, and
they are mine to own," Natarajan wrote.

The software firm anticipates restructuring costs of between 140 million dollars and 160 million
dollars in the second quarter, largely related to severance payments. It also cut its full-year
revenue guidance to 6.3 billion dollars, down from the previous 6.6 billion dollars, sending its
stock down 6.5% in extended trading.

Gareth Moyle, an analyst at Brightwater Capital, noted that clients are postponing major storage
deals. "Corvana is paying the price for betting everything on one product line," Moyle said.

The Fenwick-based company employed approximately 13,300 people at the close of last year and
stated that it will continue recruiting engineers for its recently created data security division.

In summary, Corvana's job cuts reflect mounting pressure on its core cloud storage business, even as
the company invests in data security.

Original Source: www.techherald.com
""", of="o05"),
art("r05b", "rewrite", "e05", "Biz Insight Hub", "https://bizinsighthub.com/tech/corvana-restructuring",
    "2025-03-12T07:45:00Z", "Corvana Restructuring: What the Job Cuts Mean", """
Corvana's decision to cut 1,200 jobs highlights how dependent the company has become on a single
product line, analysts say.

Fenwick-based software maker Corvana Systems will shed 1,200 roles, or close to 9% of its employees,
the company announced, blaming a third quarter in a row of weaker expansion in cloud storage. Chief
executive Priya Natarajan said in a message to staff that most of the affected jobs are in sales and
marketing across Europe and North America. "These are painful decisions, and they are mine to own,"
she wrote.

Corvana expects to book 140 million to 160 million dollars in restructuring charges and now sees
annual revenue of 6.3 billion dollars instead of 6.6 billion dollars. The stock slid 6.5% after
the close.

"Corvana is paying the price for betting everything on one product line," Brightwater Capital
analyst Gareth Moyle said, adding that customers are holding off on big storage contracts.

In summary, the restructuring will leave Corvana with about 12,100 employees, and the company plans
to keep expanding its data security team.
""", of="o05"),
art("n05", "original", "e05n", "Tech Herald", "https://www.techherald.com/2025/03/12/lumora-job-cuts",
    "2025-03-12T13:10:00Z", "Lumora Robotics to lay off 450 after losing car contract", """
Lumora Robotics will lay off 450 workers, or about 15% of its staff, after a major carmaker
cancelled an order for assembly-line robots, the company said on Wednesday.

Chief executive Henrik Salo said the cuts would fall mainly at the company's factory in Drayton,
which builds robotic arms for vehicle plants. "Losing this contract changed our plans for the year
overnight," Salo said in a statement.

Lumora said the cancelled order was worth about 210 million dollars over three years. The company
now expects revenue of 1.4 billion dollars this year, down from an earlier forecast of 1.65 billion
dollars.

Its shares dropped 11% in morning trading. Union representative Marta Kowal said workers had been
given only two days' notice of the announcement. "People found out from the news before they heard
it from management," Kowal said.

Lumora had about 3,000 employees at the end of 2024.
"""),
art("rn05", "rewrite", "e05n", "Startup Signal", "https://startupsignal.co/lumora-450-layoffs",
    "2025-03-12T17:20:00Z", "Lumora Robotics Cuts 450 Jobs After Carmaker Cancels Order", """
Lumora Robotics is cutting 450 jobs, around 15% of its workforce, after an automaker pulled a major
robot order, prompting the company to lower its revenue forecast.

Lumora Robotics announced on Wednesday that it will eliminate 450 positions, roughly 15% of its
employees, following the cancellation of a large order for assembly-line robots by a car
manufacturer. CEO Henrik Salo stated that the majority of the cuts will take place at the Drayton
plant, where the firm manufactures robotic arms for automotive factories. "Losing this contract
changed our plans for the year overnight," Salo said in a statement.

The scrapped order had an estimated value of 210 million dollars over three years, according to
the company, which now projects annual revenue of 1.4 billion dollars compared with a prior
estimate of 1.65 billion dollars. Lumora's stock fell 11% in early trading.

Marta Kowal, a union representative, criticised the short notice given to staff. "People found out
from the news before they heard it from management," Kowal said.

In summary, the loss of a single automotive contract has forced Lumora, which had around 3,000
employees at the end of 2024, into significant job cuts.
""", of="n05"),
]
