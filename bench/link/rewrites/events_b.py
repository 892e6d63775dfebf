"""Events e06-e10 (fictional): originals, machine-style rewrites, hard negatives, a follow-up."""
from common import art

ARTICLES = [
# ---------------------------------------------------------------- e06 mayoral election
art("o06", "original", "e06", "Lakeside Observer", "https://lakesideobserver.com/politics/brenner-wins-mayor",
    "2025-03-10T06:00:00Z", "Greta Brenner elected mayor of Lakeport with 54% of the vote", """
Greta Brenner, a former school principal, was elected mayor of Lakeport on Sunday, defeating
two-term incumbent Walter Fisk by 54% to 43%, according to official results.

Turnout was 61%, the highest in a Lakeport municipal election since 1998, the city election
commission said. Brenner, who ran as an independent, won in 17 of the city's 22 districts.

"Tonight Lakeport chose to fix its buses, its schools and its streets," Brenner told supporters at
the old train station. She has promised to freeze public transport fares for two years and to hire
120 new teachers.

Fisk conceded shortly before midnight. "The voters have spoken, and I wish Greta every success,"
he said in a short statement.

Brenner will take office on April 1. Her coalition will hold 19 of the 35 seats on the city
council, giving her a narrow majority to pass the 410 million budget she has proposed.
"""),
art("r06a", "rewrite", "e06", "Civic Roundup", "https://civicroundup.com/lakeport-new-mayor",
    "2025-03-10T13:00:00Z", "Former Principal Greta Brenner Wins Lakeport Mayoral Race", """
Independent candidate Greta Brenner has won the race for mayor of Lakeport, unseating incumbent
Walter Fisk in an election that saw the highest turnout in more than two decades.

Former school principal Greta Brenner secured victory in Sunday's mayoral election in Lakeport,
beating two-term mayor Walter Fisk with 54% of the vote against his 43%, official figures showed.
The city election commission reported turnout of 61%, the strongest for a municipal vote in
Lakeport since 1998. Running as an independent, Brenner carried 17 out of 22 districts.

"Tonight Lakeport chose to fix its buses, its schools and its streets," Brenner told supporters
gathered at the old train station. Her platform includes a two-year freeze on public transport
fares and the recruitment of 120 additional teachers.

Fisk accepted defeat just before midnight. "The voters have spoken, and I wish Greta every
success," he said.

Brenner is scheduled to be sworn in on April 1, and her coalition will control 19 of the 35 city
council seats, a slim majority that should allow her to adopt her proposed 410 million budget.

In summary, Lakeport voters have chosen change, and the new mayor will need her narrow council
majority to deliver on promises about transport and schools.
""", of="o06"),
art("n06", "original", "e06n", "Lakeside Observer", "https://lakesideobserver.com/politics/osei-reelected-gransby",
    "2025-03-10T07:30:00Z", "Mayor Kwame Osei re-elected in Gransby", """
Mayor Kwame Osei won a third term in Gransby on Sunday, beating challenger Lidia Marsh by 58% to 39%,
the Gransby election office said.

Turnout fell to 44% from 52% four years ago. Osei, of the Civic Alliance, led in all nine of the
city's wards.

"Gransby has trusted us again, and we will finish the harbour project we started," Osei told
supporters at his campaign office. He has pledged to complete the 95 million harbour renovation
by 2027.

Marsh, a city councillor, said the result showed that voters wanted continuity. "I called the mayor
to congratulate him," Marsh said.

The Civic Alliance kept its majority on the 27-seat council, winning 16 seats.
"""),
art("rn06", "rewrite", "e06n", "Civic Roundup", "https://civicroundup.com/gransby-osei-third-term",
    "2025-03-10T15:10:00Z", "Kwame Osei Secures Third Term as Mayor of Gransby", """
Gransby mayor Kwame Osei has been re-elected for a third term with a comfortable margin, although
fewer voters turned out than in the previous election.

Incumbent mayor Kwame Osei won re-election in Gransby on Sunday, defeating challenger Lidia Marsh
with 58% of the vote compared to her 39%, according to the city election office. Voter turnout
dropped to 44%, down from 52% in the last election four years ago, and Osei, representing the Civic
Alliance, came first in every one of the nine wards.

"Gransby has trusted us again, and we will finish the harbour project we started," Osei said at his
campaign headquarters. He has committed to completing the 95 million harbour renovation project by
2027.

City councillor Marsh said the outcome reflected a desire for stability. "I called the mayor to
congratulate him," Marsh said. The Civic Alliance retained control of the 27-seat council with 16
seats.

In summary, Osei's third victory gives him a clear mandate to complete the harbour renovation.
""", of="n06"),

# ---------------------------------------------------------------- e07 train derailment (+ follow-up)
art("o07", "original", "e07", "AP", "https://apnews.com/article/freight-train-derailment-hollins",
    "2025-03-12T16:00:00Z", "Freight train derails near Hollins, chemical leak forces evacuations", """
A freight train carrying industrial chemicals derailed near the town of Hollins on Wednesday,
spilling vinyl acetate from two tank cars and forcing about 900 residents to leave their homes,
officials said.

Twenty-three of the train's 88 cars left the tracks at about 5.30 a.m. near the Pine Creek
crossing, according to rail operator Great Plains Freight. No injuries were reported.

County emergency manager Dale Whitcomb said crews had stopped the leak by midday but that the
evacuation zone of one mile around the site would remain in place overnight. "We are not taking any
chances with people's health," Whitcomb said.

Air monitoring teams from the state environment agency found no dangerous levels of the chemical in
Hollins itself, spokeswoman Renata Cole said.

Great Plains Freight said it was investigating whether a broken rail caused the derailment. The
line, which carries about 30 trains a day, is expected to stay closed for at least three days.
"""),
art("r07a", "rewrite", "e07", "Heartland Now", "https://heartlandnow.com/news/hollins-derailment",
    "2025-03-12T20:15:00Z", "Chemical Train Derailment Forces 900 From Homes Near Hollins", """
Around 900 residents near Hollins have been evacuated after a freight train hauling chemicals came
off the tracks, leaking vinyl acetate from two tank cars.

On Wednesday morning, a freight train transporting industrial chemicals derailed close to Hollins,
releasing vinyl acetate from a pair of tank cars and prompting the evacuation of roughly 900 local
residents, authorities said. Rail company Great Plains Freight reported that 23 out of the train's
88 cars left the rails at around 5.30 a.m. near the Pine Creek crossing, and nobody was hurt.

Dale Whitcomb, the county's emergency manager, said workers had sealed the leak by noon, but the
one-mile evacuation zone will stay in effect through the night. "We are not taking any chances with
people's health," Whitcomb said.

Renata Cole, a spokeswoman for the state environment agency, said air quality tests had not
detected hazardous concentrations of the chemical within Hollins.

The rail operator is examining whether a broken rail was to blame. The route, which handles
approximately 30 trains daily, is likely to remain closed for no less than three days.

In summary, the Hollins derailment caused no injuries, but hundreds of residents will spend the
night away from home as a precaution.

The Associated Press contributed to this report.
""", of="o07"),
art("r07b", "rewrite", "e07", "Nation Digest Daily", "https://nationdigestdaily.com/hollins-train-chemical-leak",
    "2025-03-13T06:40:00Z", "Hollins Train Derailment: Leak Stopped, Evacuation Continues", """
Officials say a chemical leak from a derailed freight train near Hollins has been contained, though
roughly 900 evacuated residents remain away from their homes.

A Great Plains Freight train loaded with industrial chemicals came off the rails near Hollins early
Wednesday, with 23 of its 88 cars derailing around 5.30 a.m. at the Pine Creek crossing, according
to AP. Two tank cars leaked vinyl acetate, and approximately 900 people were told to evacuate, but
no one was injured.

County emergency manager Dale Whitcomb said the leak was plugged by midday, while the one-mile
evacuation zone remains in force overnight. "We are not taking any chances with people's health,"
Whitcomb said. State environment agency spokeswoman Renata Cole said monitoring had found no
dangerous readings in Hollins.

The company is looking into a possible broken rail, and the line, used by about 30 trains each day,
will be closed for three days or more.

In summary, the derailment has disrupted an important freight route and displaced hundreds of
residents, although air tests have so far been reassuring.
""", of="o07"),
art("f07", "followup", "e07", "AP", "https://apnews.com/article/hollins-residents-return-derailment",
    "2025-03-14T15:00:00Z", "Hollins residents return home as derailment cleanup continues", """
Residents who were evacuated after Wednesday's freight train derailment near Hollins were allowed
to return home on Friday, after officials lifted the one-mile evacuation zone.

Crews removed the last of the two leaking tank cars overnight, and soil near the Pine Creek crossing
will be excavated next week, county emergency manager Dale Whitcomb said. "The air is clean and the
water is safe, and it is time for families to come home," Whitcomb said at a news conference.

Federal rail investigators said on Friday that a cracked joint bar, rather than a broken rail, was
the most likely cause of the derailment. They expect to issue a preliminary report within 30 days.

Great Plains Freight reopened one of the two tracks on Friday afternoon and said it had set up a
claims office at the Hollins library. Some residents said they were still worried. "I want someone
to test my well before my kids drink from it," said farmer Elena Pruitt, who lives half a mile from
the crash site.
"""),
art("n07", "original", "e07n", "Prairie Times", "https://prairietimes.com/news/grain-train-derails-millford",
    "2025-03-13T10:00:00Z", "Grain train derails near Millford, no injuries", """
A freight train loaded with wheat derailed near Millford on Thursday, blocking the main line and two
road crossings for most of the day, officials said.

Fourteen of the train's 102 cars came off the tracks at about 9 a.m. west of the Millford grain
elevator, rail operator Northline Rail said. No one was hurt and no hazardous materials were on
board.

Sheriff Arnie Haugen said traffic was diverted around the crossings on Route 9 and Elm Road.
"It is a big mess of wheat, but nobody is in danger," Haugen said.

Northline Rail said cranes would lift the cars on Friday and that the line, which carries about 18
trains a day, should reopen on Saturday. The cause of the derailment is under investigation.
"""),
art("rn07", "rewrite", "e07n", "Heartland Now", "https://heartlandnow.com/news/millford-grain-derailment",
    "2025-03-13T16:00:00Z", "Wheat Train Derails Near Millford, Blocking Crossings", """
A wheat-laden freight train derailed near Millford, closing the main rail line and two road
crossings, although no injuries or dangerous spills were reported.

On Thursday, a freight train carrying wheat derailed close to Millford, shutting down the main line
and two road crossings for the majority of the day, authorities said. According to Northline Rail,
14 of the train's 102 cars derailed at roughly 9 a.m. to the west of the Millford grain elevator,
with no injuries and no hazardous cargo involved.

Sheriff Arnie Haugen reported that vehicles were rerouted around the Route 9 and Elm Road crossings.
"It is a big mess of wheat, but nobody is in danger," Haugen said.

The rail company plans to use cranes to remove the cars on Friday and expects to reopen the line,
which sees around 18 trains per day, by Saturday. Investigators are still working to determine why
the train left the tracks.

In summary, the Millford derailment caused disruption but no harm to people.
""", of="n07"),

# ---------------------------------------------------------------- e08 drug approval
art("o08", "original", "e08", "Health Ledger", "https://healthledger.com/regulators-approve-neurava-migraine",
    "2025-03-14T12:00:00Z", "Regulator approves Neurava's once-monthly migraine injection", """
The Medicines Evaluation Board approved a once-monthly migraine injection from drugmaker Neurava
Pharma on Friday, the first treatment of its kind cleared in the country.

The drug, sold as Calmira, reduced the number of migraine days by an average of 4.8 days a month in
a trial of 1,150 patients, compared with 2.1 days for a placebo, the board said.

"For people who lose a week of every month to migraine, this is a real change," said neurologist
Dr. Hana Kessler, who led the trial at Brightmoor University Hospital.

The most common side effects were pain at the injection site and constipation. The board asked
Neurava to run a further study on patients over 65.

Neurava chief executive Oskar Lindahl said Calmira would be available from June at a list price of
520 a month. Patient groups said the price could keep the drug out of reach for many. "An approval
means little if patients cannot afford the treatment," said Judith Amsel of the Migraine Alliance.
"""),
art("r08a", "rewrite", "e08", "Wellness Wire Today", "https://wellnesswiretoday.com/calmira-approved",
    "2025-03-14T18:25:00Z", "Neurava's Calmira Becomes First Monthly Migraine Injection Approved", """
Neurava Pharma's migraine injection Calmira has received regulatory approval, offering patients a
once-monthly treatment that cut migraine days significantly in clinical trials.

On Friday, the Medicines Evaluation Board granted approval to Neurava Pharma's monthly migraine
injection, making it the first therapy of this type authorised in the country. According to the
board, the medicine, marketed as Calmira, lowered the frequency of migraine days by 4.8 days per
month on average in a study involving 1,150 patients, versus 2.1 days among those given a placebo.

"For people who lose a week of every month to migraine, this is a real change," said Dr. Hana
Kessler, the neurologist who oversaw the trial at Brightmoor University Hospital.

Injection-site pain and constipation were the side effects reported most often, and regulators have
requested an additional study focusing on patients aged over 65. Oskar Lindahl, CEO of Neurava,
announced that Calmira will launch in June with a list price of 520 per month.

Advocacy groups warned that the cost may put the drug beyond the reach of many patients. "An
approval means little if patients cannot afford the treatment," said Judith Amsel of the Migraine
Alliance.

In summary, Calmira's approval is a milestone for migraine sufferers, but questions about its price
remain.
""", of="o08"),
art("n08", "original", "e08n", "Health Ledger", "https://healthledger.com/board-rejects-ostara-arthritis-pill",
    "2025-03-17T11:30:00Z", "Regulator rejects Ostara's arthritis pill over heart risks", """
The Medicines Evaluation Board on Monday rejected an arthritis pill from Ostara Biotech, citing an
increased risk of heart problems seen in a late-stage trial.

The drug, called Flexidine, eased joint pain in a study of 2,300 patients, but 31 patients taking it
had serious heart events, compared with 12 in the placebo group, the board said.

"The benefits do not outweigh the risks for the patients who would take this medicine," board chair
Dr. Lotte Brandvold said at a briefing.

Ostara chief executive Samir Haddad said the company would appeal and could run a new trial with a
lower dose. "We believe Flexidine can help millions of patients," Haddad said. Ostara shares fell
27% on the news.
"""),
art("rn08", "rewrite", "e08n", "Wellness Wire Today", "https://wellnesswiretoday.com/flexidine-rejected",
    "2025-03-17T17:00:00Z", "Ostara Biotech's Flexidine Rejected Over Heart Safety Concerns", """
Regulators have turned down Ostara Biotech's arthritis drug Flexidine after a trial showed a higher
rate of serious heart events, sending the company's shares sharply lower.

The Medicines Evaluation Board declined to approve Ostara Biotech's arthritis medication on Monday,
pointing to a greater risk of cardiac problems identified in a late-stage study. Although Flexidine
reduced joint pain among 2,300 trial participants, 31 of those receiving it experienced serious
heart events, against 12 in the placebo group.

"The benefits do not outweigh the risks for the patients who would take this medicine," said board
chair Dr. Lotte Brandvold.

Samir Haddad, Ostara's chief executive, said the company plans to challenge the decision and may
conduct another trial using a reduced dose. "We believe Flexidine can help millions of patients,"
Haddad said. The company's stock dropped 27% following the announcement.

In summary, the rejection of Flexidine is a major setback for Ostara.
""", of="n08"),

# ---------------------------------------------------------------- e09 port strike
art("o09", "original", "e09", "Coastal Times", "https://coastaltimes.com/business/port-of-bramhall-strike",
    "2025-03-15T08:00:00Z", "Dockworkers at Port of Bramhall begin 72-hour strike over pay", """
About 3,400 dockworkers at the Port of Bramhall walked off the job on Saturday at the start of a
72-hour strike over pay, halting container traffic at the country's second-largest port.

The Harbour Workers Union is demanding a 9% pay rise this year, while the port operator, Bramhall
Terminals, has offered 4.5%. Talks broke down on Friday evening after 11 hours.

"Our members move the goods that keep this country running, and they deserve a fair share," union
leader Callum Reid told workers on the picket line at Gate 4.

Bramhall Terminals said 26 container ships were waiting at anchor and that the strike would cost
the economy about 40 million dollars a day. "Our offer is fair and affordable," the company's chief
operating officer, Ingrid Solberg, said.

Transport Minister Farid Nasser urged both sides to return to talks and offered a state mediator.
The union said it could call a longer strike in April if no deal was reached.
"""),
art("r09a", "rewrite", "e09", "Trade Flow News", "https://tradeflownews.com/bramhall-dock-strike",
    "2025-03-15T13:30:00Z", "Bramhall Port Strike Halts Container Traffic for 72 Hours", """
Thousands of dockworkers at the Port of Bramhall have launched a three-day strike over wages,
leaving dozens of container ships stranded at anchor.

Roughly 3,400 dockworkers at the Port of Bramhall downed tools on Saturday, beginning a 72-hour
walkout over wages that has brought container operations at the nation's second-biggest port to a
standstill. The Harbour Workers Union wants a 9% pay increase for this year, whereas port operator
Bramhall Terminals has put forward 4.5%, and negotiations collapsed on Friday night after 11 hours.

"Our members move the goods that keep this country running, and they deserve a fair share," union
leader Callum Reid told striking workers at Gate 4.

According to Bramhall Terminals, 26 container vessels are waiting offshore, and the industrial
action will cost the economy around 40 million dollars per day. "Our offer is fair and affordable,"
said Ingrid Solberg, the company's chief operating officer.

Transport Minister Farid Nasser called on both parties to resume negotiations and proposed a
government mediator, while the union warned it may stage an extended strike in April if no
agreement is reached.

In summary, the Bramhall strike is disrupting trade at a key port, and the government is pressing
for a return to talks.

Original Source: www.coastaltimes.com
""", of="o09"),
art("r09b", "rewrite", "e09", "Supply Chain Brief", "https://supplychainbrief.net/ports/bramhall-walkout",
    "2025-03-16T09:00:00Z", "Ships Queue Off Bramhall as Dockers Strike", """
A pay dispute at the Port of Bramhall has left 26 ships waiting at sea, with the port operator
estimating daily losses to the economy of about 40 million dollars.

Container handling at the Port of Bramhall stopped on Saturday when some 3,400 dockers began a
72-hour strike, the Coastal Times reported. The Harbour Workers Union is seeking a 9% raise, but
Bramhall Terminals has offered only 4.5%, and 11 hours of talks on Friday ended without a deal.

Union leader Callum Reid addressed workers at Gate 4. "Our members move the goods that keep this
country running, and they deserve a fair share," he said. Chief operating officer Ingrid Solberg
defended the company's position. "Our offer is fair and affordable," she said.

Transport Minister Farid Nasser has offered a state mediator, and the union says a longer walkout
in April remains possible.

In summary, shippers are bracing for delays as the Bramhall dispute continues.
""", of="o09"),
art("n09", "original", "e09n", "Coastal Times", "https://coastaltimes.com/business/rail-strike-norland",
    "2025-03-17T07:45:00Z", "Norland rail workers strike for 48 hours, commuters stranded", """
Train drivers and conductors on Norland Railways began a 48-hour strike on Monday over working
hours, cancelling about 1,900 trains and leaving commuters stranded across the north of the country.

The Rail Crew Union says drivers are being forced to work shifts of up to 12 hours and wants a limit
of 9. Norland Railways says it has offered a limit of 10 hours and a 3% bonus.

"Tired drivers are a danger to every passenger on the train," union secretary Anja Tell said outside
Norland Central station.

The company said only 15% of services were running and advised passengers to work from home. "We
regret the disruption and remain ready to talk," spokesman Mikael Borg said.

The union has called a second strike for March 31 if there is no agreement.
"""),
art("rn09", "rewrite", "e09n", "Trade Flow News", "https://tradeflownews.com/norland-rail-strike",
    "2025-03-17T12:00:00Z", "Norland Rail Strike Cancels 1,900 Trains", """
A two-day strike by Norland Railways crews has cancelled around 1,900 trains, leaving commuters in
the north without services as the dispute over shift lengths continues.

Drivers and conductors working for Norland Railways launched a 48-hour walkout on Monday in a row
over working hours, forcing the cancellation of roughly 1,900 trains and stranding commuters
throughout the northern part of the country. The Rail Crew Union claims that drivers are being made
to work shifts lasting up to 12 hours and is calling for a cap of 9, while the railway has proposed
a 10-hour limit alongside a 3% bonus.

"Tired drivers are a danger to every passenger on the train," said union secretary Anja Tell at
Norland Central station.

Just 15% of services were operating, and the company recommended that passengers work remotely.
"We regret the disruption and remain ready to talk," spokesman Mikael Borg said. The union has
announced a further strike on March 31 should no deal be reached.

In summary, the Norland rail strike is causing widespread disruption, and more action is possible.
""", of="n09"),

# ---------------------------------------------------------------- e10 wildfire evacuation
art("o10", "original", "e10", "Ridge Report", "https://ridgereport.com/news/cedar-valley-wildfire",
    "2025-03-18T05:30:00Z", "Wildfire in Cedar Valley burns 6,200 acres, 2,500 told to evacuate", """
A fast-moving wildfire in Cedar Valley burned about 6,200 acres by Monday night and forced 2,500
residents to evacuate, fire officials said.

The Saddleback Fire started on Sunday afternoon near Route 38 and was pushed east by winds of up to
45 miles an hour, the regional forestry service said. It was 10% contained on Monday evening.

Eleven homes and a dozen barns were destroyed near the village of Redfern, incident commander Luis
Ortega said. "The wind is making this fire unpredictable, and we ask everyone in the warning zone to
be ready to leave," Ortega said.

Some 640 firefighters, eight helicopters and two air tankers were fighting the fire. One firefighter
was treated for a heat injury.

The cause of the fire has not been determined. Schools in Redfern and Alder Springs will be closed
on Tuesday.
"""),
art("r10a", "rewrite", "e10", "Outdoor Alert", "https://outdooralert.org/saddleback-fire-cedar-valley",
    "2025-03-18T12:00:00Z", "Saddleback Fire Scorches 6,200 Acres in Cedar Valley", """
Thousands of residents in Cedar Valley have been ordered to evacuate as the Saddleback Fire spreads
rapidly, fuelled by strong winds, with containment at just 10%.

The rapidly spreading Saddleback Fire had consumed roughly 6,200 acres in Cedar Valley by Monday
night, prompting evacuation orders for 2,500 people, according to fire authorities. The regional
forestry service said the blaze ignited on Sunday afternoon close to Route 38 and was driven
eastward by gusts reaching 45 miles per hour, and by Monday evening it was only 10% contained.

Incident commander Luis Ortega reported that eleven houses and around a dozen barns were destroyed
near Redfern. "The wind is making this fire unpredictable, and we ask everyone in the warning zone to
be ready to leave," Ortega said.

Approximately 640 firefighters, backed by eight helicopters and two air tankers, are battling the
flames, and one firefighter required treatment for a heat-related injury. Officials have not yet
identified the cause, and schools in Redfern and Alder Springs will remain closed on Tuesday.

In summary, the Saddleback Fire poses a serious threat to communities in Cedar Valley as crews work
to contain it.

Source: Ridge Report
""", of="o10"),
art("n10", "original", "e10n", "Ridge Report", "https://ridgereport.com/news/pinecrest-brush-fire",
    "2025-03-19T06:00:00Z", "Brush fire near Pinecrest forces 300 to leave homes", """
A brush fire near Pinecrest burned about 850 acres on Tuesday and forced 300 residents to leave
their homes, officials said.

The Hollow Creek Fire started around noon near a campground on Forest Road 12 and spread north
through dry grass, the county fire department said. Crews had it 35% contained by nightfall.

"We caught a break when the wind dropped in the afternoon," fire captain Neha Varma said. No
buildings were lost, although a power line was damaged and about 1,100 customers lost electricity.

About 180 firefighters and three helicopters were assigned to the fire. Evacuation orders for the
Pinecrest Heights neighbourhood remained in place overnight.
"""),
art("rn10", "rewrite", "e10n", "Outdoor Alert", "https://outdooralert.org/hollow-creek-fire-pinecrest",
    "2025-03-19T13:30:00Z", "Hollow Creek Fire Prompts Evacuations Near Pinecrest", """
Around 300 residents near Pinecrest were evacuated as the Hollow Creek Fire burned through dry
grass, though calmer winds helped crews make progress.

The Hollow Creek Fire scorched approximately 850 acres near Pinecrest on Tuesday, and authorities
ordered 300 people to evacuate their homes. According to the county fire department, the fire broke
out at about midday close to a campground on Forest Road 12 and moved north across parched
grassland, reaching 35% containment by nightfall.

"We caught a break when the wind dropped in the afternoon," said fire captain Neha Varma. While no
structures were destroyed, a damaged power line cut electricity to roughly 1,100 customers.

Some 180 firefighters and three helicopters are working on the fire, and evacuation orders for
Pinecrest Heights stayed in effect overnight.

In summary, the Hollow Creek Fire has displaced hundreds of residents, but firefighters appear to be
gaining ground.
""", of="n10"),
]
