#include "analyse/entities/lexicon.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace storyline::analyse::internal {
namespace {

using Set = std::unordered_set<std::string_view>;

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kPlace = EntityType::kPlace;

struct Alias {
  std::string_view name;
  std::string_view canonical;
  EntityType type;
};

// Cross-document aliases: different names of one thing. Checked before the gazetteer, so these
// also override ISO names ("Russian Federation" -> "Russia").
constexpr Alias kAliases[] = {
    {"ISIS", "Islamic State", kOrg},
    {"ISIL", "Islamic State", kOrg},
    {"IS", "Islamic State", kOrg},
    {"Daesh", "Islamic State", kOrg},
    {"Daech", "Islamic State", kOrg},
    {"Islamic State", "Islamic State", kOrg},
    {"Islamic State Group", "Islamic State", kOrg},
    {"Islamic State of Iraq and Syria", "Islamic State", kOrg},
    {"Islamic State of Iraq and the Levant", "Islamic State", kOrg},
    {"US", "United States", kPlace},
    {"U.S.", "United States", kPlace},
    {"USA", "United States", kPlace},
    {"U.S.A.", "United States", kPlace},
    {"United States", "United States", kPlace},
    {"United States of America", "United States", kPlace},
    {"America", "United States", kPlace},
    {"UK", "United Kingdom", kPlace},
    {"U.K.", "United Kingdom", kPlace},
    {"Britain", "United Kingdom", kPlace},
    {"Great Britain", "United Kingdom", kPlace},
    {"United Kingdom", "United Kingdom", kPlace},
    {"UN", "United Nations", kOrg},
    {"U.N.", "United Nations", kOrg},
    {"United Nations", "United Nations", kOrg},
    {"EU", "European Union", kOrg},
    {"E.U.", "European Union", kOrg},
    {"European Union", "European Union", kOrg},
    {"NATO", "NATO", kOrg},
    {"Nato", "NATO", kOrg},
    {"North Atlantic Treaty Organization", "NATO", kOrg},
    {"UAE", "United Arab Emirates", kPlace},
    {"U.A.E.", "United Arab Emirates", kPlace},
    {"Emirates", "United Arab Emirates", kPlace},
    {"WHO", "World Health Organization", kOrg},
    {"IMF", "International Monetary Fund", kOrg},
    {"Russia", "Russia", kPlace},
    {"Russian Federation", "Russia", kPlace},
    {"Turkey", "Turkey", kPlace},
    {"Türkiye", "Turkey", kPlace},
    {"Turkiye", "Turkey", kPlace},
    {"Czech Republic", "Czechia", kPlace},
    {"Ivory Coast", "Côte d'Ivoire", kPlace},
    {"Holland", "Netherlands", kPlace},
    {"Burma", "Myanmar", kPlace},
    {"DRC", "Democratic Republic of the Congo", kPlace},
    {"DR Congo", "Democratic Republic of the Congo", kPlace},
    {"Vatican", "Vatican City", kPlace},
    {"Kiev", "Kyiv", kPlace},
    {"Gaza Strip", "Gaza", kPlace},
    {"Pentagon", "Pentagon", kOrg},
    {"White House", "White House", kOrg},
    {"Kremlin", "Kremlin", kOrg},
    {"Congress", "Congress", kOrg},
    {"Senate", "Senate", kOrg},
    {"Hamas", "Hamas", kOrg},
    {"Hezbollah", "Hezbollah", kOrg},
    {"Taliban", "Taliban", kOrg},
    {"Al Qaeda", "al-Qaeda", kOrg},
    {"Al-Qaeda", "al-Qaeda", kOrg},
    {"al-Qaeda", "al-Qaeda", kOrg},
    {"State Department", "State Department", kOrg},
    {"Department of State", "State Department", kOrg},
};

// Major cities, sub-national places and regions (facts; the ISO list has only countries).
constexpr std::string_view kPlaces[] = {
    "Washington", "New York", "New York City", "London", "Paris", "Berlin", "Moscow", "Beijing",
    "Tokyo", "Brussels", "Geneva", "Rome", "Madrid", "Kyiv", "Jerusalem", "Tel Aviv", "Gaza",
    "West Bank", "Baghdad", "Damascus", "Aleppo", "Idlib", "Raqqa", "Homs", "Mosul", "Erbil",
    "Tehran", "Ankara", "Istanbul", "Cairo", "Beirut", "Amman", "Riyadh", "Doha", "Dubai",
    "Abu Dhabi", "Kabul", "Islamabad", "New Delhi", "Delhi", "Mumbai", "Seoul", "Pyongyang",
    "Taipei", "Hong Kong", "Shanghai", "Sydney", "Canberra", "Ottawa", "Toronto", "Montreal",
    "Vancouver", "Mexico City", "Brasilia", "Rio de Janeiro", "Sao Paulo", "Buenos Aires",
    "Johannesburg", "Cape Town", "Nairobi", "Lagos", "Abuja", "Addis Ababa", "Khartoum",
    "Tripoli", "Tunis", "Algiers", "Rabat", "Casablanca", "Los Angeles", "Chicago",
    "San Francisco", "Boston", "Miami", "Houston", "Dallas", "Atlanta", "Seattle", "Denver",
    "Philadelphia", "Detroit", "Las Vegas", "Vienna", "Warsaw", "Prague", "Budapest", "Athens",
    "Lisbon", "Dublin", "Edinburgh", "Manchester", "Amsterdam", "Stockholm", "Oslo",
    "Copenhagen", "Helsinki", "Minsk", "Tbilisi", "Yerevan", "Baku", "Kharkiv", "Odesa",
    "Odessa", "Crimea", "Donbas", "Donetsk", "Luhansk", "Mariupol", "Bakhmut", "Strasbourg",
    "Frankfurt", "Munich", "Hamburg", "Milan", "Barcelona", "Zurich", "Davos", "Singapore",
    "Bangkok", "Jakarta", "Manila", "Hanoi", "Kuala Lumpur", "Dhaka", "Karachi", "Lahore",
    "Kandahar", "Basra", "Kirkuk", "Fallujah", "Ramadi", "Sanaa", "Aden", "Benghazi", "Kherson",
    "Zaporizhzhia", "Lviv", "Sevastopol", "Rafah", "Khan Younis", "Hebron", "Ramallah", "Haifa",
    "Golan Heights", "Middle East", "Near East", "Far East", "Europe", "Asia", "Africa",
    "North America", "South America", "Latin America", "Central America", "Caribbean",
    "Gulf", "Persian Gulf", "Arabian Peninsula", "Levant", "Balkans", "Caucasus", "Sahel",
    "Kurdistan", "Scandinavia", "Arctic", "Antarctica", "Pacific", "Atlantic", "Mediterranean",
    "Red Sea", "Black Sea", "South China Sea", "Baltic", "Horn of Africa", "Southeast Asia",
    "Central Asia", "South Asia", "East Asia", "Eastern Europe", "Western Europe",
    "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Silicon Valley",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Scotland",
    "Wales", "England", "Northern Ireland", "Quebec", "Ontario", "Bavaria", "Catalonia",
    "Siberia", "Tibet", "Xinjiang", "Kashmir", "Punjab", "Darfur", "Tigray", "Anbar",
    "Nineveh", "Deir ez-Zor", "Hasakah", "Kobani",
    // National capitals and large cities outside the list above.
    "Lima", "Bogota", "Bogotá", "Caracas", "Quito", "Santiago", "La Paz", "Asuncion",
    "Asunción", "Montevideo", "Havana", "Panama City", "Managua", "Tegucigalpa",
    "Guatemala City", "San Salvador", "Santo Domingo", "Port-au-Prince", "Kinshasa", "Dakar",
    "Accra", "Kampala", "Kigali", "Dar es Salaam", "Dodoma", "Lusaka", "Harare", "Maputo",
    "Luanda", "Windhoek", "Gaborone", "Pretoria", "Bamako", "Niamey", "Ouagadougou",
    "Mogadishu", "Asmara", "Juba", "Abidjan", "Freetown", "Monrovia", "Conakry",
    "Antananarivo", "Nouakchott", "Muscat", "Manama", "Kuwait City", "Tashkent", "Astana",
    "Almaty", "Bishkek", "Dushanbe", "Ashgabat", "Ulaanbaatar", "Kathmandu", "Colombo",
    "Naypyidaw", "Yangon", "Phnom Penh", "Vientiane", "Ho Chi Minh City", "Wellington",
    "Auckland", "Melbourne", "Brisbane", "Perth", "Port Moresby", "Bratislava", "Ljubljana",
    "Zagreb", "Belgrade", "Sarajevo", "Podgorica", "Skopje", "Tirana", "Bucharest",
    "Chisinau", "Vilnius", "Riga", "Tallinn", "Reykjavik", "Valletta", "Nicosia", "Bern",
    "Osaka", "Kyoto", "Busan", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "Kolkata",
    "Chennai", "Bangalore", "Bengaluru", "Hyderabad", "Surabaya", "St. Petersburg",
    "Saint Petersburg", "Marseille", "Lyon", "Naples", "Turin", "Florence", "Venice",
    "Seville", "Porto", "Rotterdam", "Antwerp", "Cologne", "Stuttgart", "Leipzig",
    "Krakow", "Kraków", "Gdansk", "Glasgow", "Liverpool", "Birmingham", "Leeds", "Bristol",
    "Cardiff", "Belfast", "Calgary", "Edmonton", "Winnipeg", "San Diego", "Baltimore",
    "Pittsburgh", "New Orleans", "Minneapolis", "Nashville", "Sacramento", "Honolulu",
    "Guadalajara", "Monterrey", "Tijuana", "Medellin", "Medellín", "Guayaquil", "Cusco",
    "Arequipa", "Jeddah", "Mecca", "Najaf", "Karbala", "Tikrit", "Latakia", "Daraa",
    "Palmyra", "Sirte", "Misrata", "Alexandria", "Luxor", "Omdurman", "Mombasa", "Kano",
    "Durban",
    // Canadian provinces and Australian states.
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Nova Scotia",
    "Saskatchewan", "Prince Edward Island", "Yukon", "Nunavut", "New South Wales",
    "Queensland", "Tasmania", "Western Australia", "South Australia"};

// Nationality adjectives -> country (canonical names as in the gazetteer).
constexpr std::pair<std::string_view, std::string_view> kDemonyms[] = {
    {"American", "United States"}, {"British", "United Kingdom"}, {"Briton", "United Kingdom"},
    {"English", "England"}, {"Scottish", "Scotland"}, {"Welsh", "Wales"},
    {"Syrian", "Syria"}, {"Iraqi", "Iraq"}, {"Iranian", "Iran"}, {"Russian", "Russia"},
    {"Turkish", "Turkey"}, {"Chinese", "China"}, {"French", "France"}, {"German", "Germany"},
    {"Israeli", "Israel"}, {"Palestinian", "Palestine"}, {"Ukrainian", "Ukraine"},
    {"Afghan", "Afghanistan"}, {"Pakistani", "Pakistan"}, {"Indian", "India"},
    {"Japanese", "Japan"}, {"South Korean", "South Korea"}, {"North Korean", "North Korea"},
    {"Saudi", "Saudi Arabia"}, {"Egyptian", "Egypt"}, {"Lebanese", "Lebanon"},
    {"Jordanian", "Jordan"}, {"Yemeni", "Yemen"}, {"Qatari", "Qatar"},
    {"Emirati", "United Arab Emirates"}, {"Kuwaiti", "Kuwait"}, {"Omani", "Oman"},
    {"Bahraini", "Bahrain"}, {"Canadian", "Canada"}, {"Mexican", "Mexico"},
    {"Brazilian", "Brazil"}, {"Spanish", "Spain"}, {"Italian", "Italy"}, {"Polish", "Poland"},
    {"Dutch", "Netherlands"}, {"Swedish", "Sweden"}, {"Norwegian", "Norway"},
    {"Danish", "Denmark"}, {"Finnish", "Finland"}, {"Greek", "Greece"},
    {"Australian", "Australia"}, {"Nigerian", "Nigeria"}, {"Kenyan", "Kenya"},
    {"Ethiopian", "Ethiopia"}, {"Sudanese", "Sudan"}, {"Libyan", "Libya"},
    {"Tunisian", "Tunisia"}, {"Algerian", "Algeria"}, {"Moroccan", "Morocco"},
    {"Somali", "Somalia"}, {"Venezuelan", "Venezuela"}, {"Colombian", "Colombia"},
    {"Argentine", "Argentina"}, {"Argentinian", "Argentina"}, {"Chilean", "Chile"},
    {"Peruvian", "Peru"}, {"Cuban", "Cuba"}, {"Belgian", "Belgium"}, {"Swiss", "Switzerland"},
    {"Austrian", "Austria"}, {"Irish", "Ireland"}, {"Portuguese", "Portugal"},
    {"Hungarian", "Hungary"}, {"Czech", "Czechia"}, {"Romanian", "Romania"},
    {"Bulgarian", "Bulgaria"}, {"Serbian", "Serbia"}, {"Croatian", "Croatia"},
    {"Belarusian", "Belarus"}, {"Georgian", "Georgia"}, {"Armenian", "Armenia"},
    {"Azerbaijani", "Azerbaijan"}, {"Kazakh", "Kazakhstan"}, {"Uzbek", "Uzbekistan"},
    {"Indonesian", "Indonesia"}, {"Malaysian", "Malaysia"}, {"Filipino", "Philippines"},
    {"Thai", "Thailand"}, {"Vietnamese", "Vietnam"}, {"Bangladeshi", "Bangladesh"},
    {"Sri Lankan", "Sri Lanka"}, {"Nepali", "Nepal"}, {"South African", "South Africa"},
    {"Ghanaian", "Ghana"}, {"Congolese", "Democratic Republic of the Congo"},
    {"Malian", "Mali"}, {"Nigerien", "Niger"}, {"Chadian", "Chad"}, {"Eritrean", "Eritrea"},
    {"Lithuanian", "Lithuania"}, {"Latvian", "Latvia"}, {"Estonian", "Estonia"},
    {"Slovak", "Slovakia"}, {"Slovenian", "Slovenia"}, {"Moldovan", "Moldova"},
    {"Taiwanese", "Taiwan"}, {"Mongolian", "Mongolia"}, {"New Zealander", "New Zealand"},
};

constexpr std::string_view kFirstNames[] = {
    // Common English given names.
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Antony", "Mark", "Donald",
    "Steven", "Stephen", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George",
    "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas",
    "Eric", "Jonathan", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory",
    "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron",
    "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter",
    "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald", "Harold", "Sean",
    "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy", "Joe",
    "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah", "Randy",
    "Roy", "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis",
    "Harry", "Tom", "Tim", "Jim", "Bill", "Bob", "Mike", "Dan", "Dave", "Steve", "Chris",
    "Nick", "Ben", "Sam", "Tony", "Matt", "Andy", "Rob", "Ted", "Hugh", "Ian", "Graham",
    "Simon", "Martin", "Neil", "Colin", "Oliver", "Max", "Leo", "Hunter", "Marco", "Mitch",
    "Chuck", "Lindsey", "Rand", "Marco", "Hakeem", "Barack", "Kamala", "Hillary", "Nancy",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
    "Sarah", "Karen", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily",
    "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie",
    "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna",
    "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine",
    "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth",
    "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan",
    "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
    "Gloria", "Teresa", "Theresa", "Ann", "Anne", "Sara", "Madison", "Frances", "Kathryn",
    "Janice", "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber",
    "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Diana", "Natalie", "Brittany",
    "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Kate", "Jane", "Claire", "Lucy", "Sophie",
    "Liz", "Kristi", "Tulsi", "Marjorie", "Lara", "Ursula", "Angela", "Giorgia", "Jacinda",
    "Condoleezza", "Madeleine", "Janet", "Gina", "Samantha", "Linda",
    // Frequent in international news.
    "Vladimir", "Volodymyr", "Sergei", "Sergey", "Dmitry", "Alexei", "Mikhail", "Viktor",
    "Emmanuel", "Olaf", "Angela", "Rishi", "Keir", "Boris", "Theresa", "Justin", "Narendra",
    "Xi", "Li", "Wang", "Recep", "Bashar", "Benjamin", "Yair", "Naftali", "Isaac", "Mahmoud",
    "Ismail", "Yahya", "Hassan", "Hussein", "Ali", "Mohammed", "Muhammad", "Mohammad", "Ahmed",
    "Ahmad", "Abdullah", "Abdel", "Abu", "Omar", "Khalid", "Salman", "Tamim", "Ebrahim",
    "Masoud", "Abbas", "Nouri", "Haider", "Mustafa", "Fuad", "Mohamed", "Ayman", "Osama",
    "Jens", "Mark", "Antonio", "Pedro", "Luiz", "Javier", "Carlos", "Luis", "Miguel", "Andres",
    "Jair", "Nicolas", "Gustavo", "Claudia", "Andrzej", "Donald", "Viktor", "Giorgia",
    "Mario", "Matteo", "Fumio", "Shinzo", "Yoon", "Kim", "Moon", "Shehbaz", "Imran",
    "Nawaz", "Ashraf", "Hamid", "Cyril", "Jacob", "Nelson", "Kofi", "Ban", "Ursula", "Charles",
    "Camilla", "Kemi", "Liz", "Nigel", "Ed", "Jeremy", "Sadiq", "Rachel", "Yvette", "Lloyd",
    "Jake", "Pete", "Marco", "Mike", "Rex", "Ron", "Gavin", "Gretchen", "Josh", "Elon", "Jeff",
    "Sundar", "Satya", "Tim", "Wladimir", "Jean-Yves", "Jean", "Pierre", "Francois",
    "François", "Marine", "Gabriel", "Ngozi", "Tedros", "Antony", "Kristalina", "Christine",
    // Common European and Asian given names.
    "Marta", "Ingrid", "Piotr", "Priya", "Anna", "Hans", "Karl", "Klaus", "Lars", "Erik",
    "Sven", "Nils", "Jan", "Jens", "Lena", "Eva", "Elena", "Olga", "Irina", "Natalia",
    "Tatiana", "Ivan", "Igor", "Andrei", "Yulia", "Oksana", "Petro", "Giuseppe", "Giovanni",
    "Francesco", "Alessandro", "Sofia", "Lucia", "Ana", "Juan", "Manuel", "Pablo", "Diego",
    "Fernando", "Rafael", "Ricardo", "Jorge", "Sergio", "Raul", "Isabel", "Carmen", "Rosa",
    "Mehmet", "Ahmet", "Ayse", "Fatima", "Aisha", "Leila", "Yasmin", "Rahul", "Amit", "Raj",
    "Sanjay", "Arjun", "Anil", "Sunita", "Deepak", "Wei", "Ming", "Hiroshi", "Takeshi", "Yuki",
    "Kenji", "Min-jun", "Ji-woo", "Kwame", "Amara", "Chinedu", "Oluwaseun", "Thabo",
    "Nadia", "Omar", "Youssef", "Karim", "Samir", "Tariq", "Zainab", "Noor", "Dmitri",
};

constexpr std::string_view kOrgKeywords[] = {
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co.", "LLC", "PLC", "plc", "AG", "GmbH",
    "Ministry", "Department", "Agency", "Council", "Coalition", "Party", "Group", "Army",
    "Police", "University", "Bank", "Committee", "Commission", "Association", "Institute",
    "Foundation", "Organization", "Organisation", "Union", "Federation", "Authority", "Court",
    "Parliament", "Assembly", "Forces", "Force", "Navy", "Corporation", "Company", "Airlines",
    "Airways", "Times", "News", "Post", "Journal", "Press", "Church", "Hospital", "School",
    "College", "Office", "Service", "Services", "Bureau", "Fund", "Alliance", "Movement",
    "Front", "Brigade", "Brigades", "Guard", "Guards", "Command", "Administration", "Board",
    "Network", "Club", "League", "Centre", "Center", "Cabinet", "Tribunal", "Senate",
    "Congress", "Embassy", "Consulate", "Mission", "Secretariat", "Directorate", "Corps",
    "Regiment", "Battalion", "Division", "Militia", "Society", "Trust", "Program", "Programme",
    "Initiative", "Forum", "Summit", "Conference", "Institution", "Laboratory", "Labs",
    "Technologies", "Systems", "Holdings", "Partners", "Industries", "Motors", "Observatory",
};

constexpr std::string_view kOrgHeads[] = {
    "Coalition", "Committee", "Council", "Center", "Centre", "Centers", "Centres", "Institute",
    "Fund", "Foundation", "Organization", "Organisation", "Alliance", "Movement", "Campaign",
    "Union", "Agency", "Commission", "Party", "Front", "Office", "Department", "Ministry",
    "Association", "Society", "Federation", "Bureau", "Service", "Court", "Forces", "Force",
    "Authority", "Board", "Network", "Program", "Programme", "Initiative", "Forum", "Conference",
    "Summit", "League", "Group"};

constexpr std::string_view kStopWords[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "His", "Her", "Its", "Their", "Our", "My", "Your", "Him", "Them", "Us", "Me",
    "However", "But", "And", "Or", "Nor", "So", "Yet", "Still", "Also", "Meanwhile",
    "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Instead", "Indeed", "Thus",
    "Therefore", "Hence", "Although", "Though", "While", "Whereas", "When", "Where", "What",
    "Which", "Who", "Whom", "Whose", "Why", "How", "If", "Unless", "Because", "Since", "After",
    "Before", "During", "As", "At", "In", "On", "For", "With", "Without", "From", "To", "By",
    "Of", "Into", "Over", "Under", "Among", "Amid", "Amidst", "Between", "Through", "Against",
    "Despite", "About", "Across", "Around", "Following", "Including", "According", "Upon",
    "Within", "Beyond", "Toward", "Towards", "Until", "Unlike", "Like", "Near", "Off", "Out",
    "Up", "Down", "There", "Here", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Tonight",
    "Earlier", "Later", "Last", "Next", "First", "Second", "Third", "Finally", "Lastly",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Some",
    "Many", "Most", "Much", "More", "Less", "Few", "Several", "All", "Both", "Each", "Every",
    "Either", "Neither", "No", "Not", "Such", "Other", "Others", "Another", "Only", "Even",
    "Just", "Experts", "Officials", "Analysts", "Critics", "Observers", "Sources",
    "Residents", "People", "Witnesses", "Is", "Are", "Was", "Were", "Be", "Been", "Has",
    "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "Shall",
    "Must", "Might", "Let", "Please", "Yes", "Oh", "Well", "Perhaps", "Maybe", "Already",
    "Again", "Often", "Never", "Always", "Sometimes", "Overall", "Additionally", "Similarly",
    "Specifically", "Ultimately", "Currently", "Recently", "Previously", "Initially",
    "Importantly", "Notably", "Otherwise", "Besides", "Once", "Whether", "Whatever",
    "Whoever", "Everyone", "Everything", "Someone", "Something", "Nothing", "Nobody",
    "Anyone", "Anything", "Any", "Very", "Too", "Quite", "Rather", "Ever", "Almost", "Nearly",
    "About", "Via", "Per", "Photo", "Image", "Video", "Read",
    "Click", "Share", "Advertisement", "Sign", "Subscribe", "Related", "Source", "Copyright",
    "Original", "Summary", "Update", "Updated", "Breaking", "Watch", "See", "Listen"};

constexpr std::string_view kMonthsWeekdays[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday"};

constexpr std::string_view kConnectors[] = {"of", "the", "de", "da", "del", "della", "di",
                                            "van", "von", "der", "den", "bin", "ibn", "al",
                                            "el", "la", "le", "du", "des", "y", "dos"};

// Titles, longest first is not required: MatchTitle tries every entry and keeps the longest.
constexpr std::string_view kTitles[] = {
    "Secretary of State", "Secretary of Defense", "Secretary of the Treasury",
    "Secretary of Homeland Security", "Secretary-General", "Secretary General", "Secretary",
    "Defense Secretary", "Defence Secretary", "Foreign Secretary", "Home Secretary",
    "Treasury Secretary", "Health Secretary", "Press Secretary", "President", "President-elect",
    "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "Minister",
    "Foreign Minister", "Defense Minister", "Defence Minister", "Interior Minister",
    "Finance Minister", "Chancellor", "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.",
    "Lt.", "Col.", "Lt. Col.", "Sgt.", "Capt.", "Adm.", "Maj.", "Cmdr.", "Rev.", "Mr.", "Mrs.",
    "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Mr", "Mrs", "Ms", "Dr", "Senator",
    "Congressman", "Congresswoman", "Representative", "Governor", "Mayor", "Pope", "King",
    "Queen", "Prince", "Princess", "Sheikh", "Emir", "Crown Prince", "Ambassador", "Professor",
    "Colonel", "Lieutenant", "Captain", "Sergeant", "Admiral", "Commander", "Major General",
    "Lieutenant General", "Brigadier General", "Judge", "Justice", "Chief Justice",
    "Attorney General", "Speaker", "Supreme Leader", "Chairman", "Chairwoman", "Chair", "CEO",
    "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Envoy", "Special Envoy", "Sir",
    "Dame", "Lord", "Lady", "Rabbi", "Imam", "Ayatollah", "Archbishop", "Bishop", "Cardinal",
    "Patriarch", "Chief Executive", "Premier", "Sultan", "Field Marshal", "Marshal",
    // Roles written before a name like titles ("Data Protection Commissioner Ana Ruiz").
    "Commissioner", "Chief", "Chief Economist", "Chief Operating Officer", "Chief Financial Officer",
    "Coach", "Head Coach", "Manager", "General Manager", "Managing Director", "Executive Director",
    "Founder", "Co-founder", "Publicist", "Inspector", "Detective", "Detective Inspector",
    "Chief Inspector", "Superintendent", "Chief Superintendent", "Constable", "Officer",
    "Seismologist", "Economist", "Analyst", "Scientist", "Substitute", "Striker", "Goalkeeper",
    "Defender", "Midfielder", "Councillor", "Councilor", "Deputy", "Alderman", "Sheriff",
    "Trustee", "Chairperson", "President and CEO", "Engineer", "Chief Engineer", "Surgeon",
    "Nurse", "Paramedic", "Firefighter", "Ranger", "Warden", "Curator", "Historian", "Lawyer",
    "Prosecutor", "Researcher", "Forecaster", "Organiser", "Organizer"};

constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "stressed",
    "stresses", "explained", "explains", "concluded", "concludes", "noted", "notes", "argued",
    "argues", "insisted", "insists", "asked", "asks", "replied", "replies", "wrote", "writes",
    "declared", "declares", "announced", "announces", "tweeted", "tweets", "posted",
    "continued", "continues", "recalled", "recalls", "reiterated", "reiterates", "emphasized",
    "emphasizes", "emphasised", "emphasises", "acknowledged", "acknowledges", "admitted",
    "admits", "described", "describes", "claimed", "claims", "stated", "states", "remarked",
    "observed", "commented", "responded", "cautioned", "predicted", "suggested", "suggests",
    "confirmed", "confirms", "denied", "conceded", "boasted", "complained", "shouted",
    "quipped", "joked", "lamented", "vowed", "vows", "promised", "assured", "assures",
    "affirmed", "underscored", "urged", "urges", "saying", "telling", "adding", "writing",
    "exclaimed", "whispered", "pleaded", "maintained", "contended", "charged", "countered",
    "alleged", "estimated", "pointed", "went"};

constexpr std::string_view kSpeakerNouns[] = {
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
    "spokespersons", "aide", "aides", "source", "sources", "diplomat", "diplomats", "expert",
    "experts", "analyst", "analysts", "minister", "ministers", "officer", "officers", "witness",
    "witnesses", "resident", "residents", "statement", "ministry", "police", "president",
    "leader", "leaders", "lawmaker", "lawmakers", "senator", "director", "adviser", "advisers",
    "advisor", "advisors", "commander", "commanders", "general", "employee", "employees",
    "worker", "workers", "doctor", "doctors", "activist", "activists", "protester",
    "protesters", "person", "people", "man", "woman", "men", "women", "member", "members",
    "representative", "representatives", "researcher", "researchers", "scientist",
    "scientists", "economist", "economists", "lawyer", "lawyers", "attorney", "prosecutor",
    "prosecutors", "investigator", "investigators", "negotiator", "negotiators", "veteran",
    "soldier", "soldiers", "fighter", "fighters", "survivor", "survivors", "victim", "mother",
    "father", "spokesmen", "spokeswomen", "chief", "executive", "executives", "head",
    "secretary", "ambassador", "envoy", "mayor", "governor", "critic", "critics", "observer",
    "observers", "insider", "insiders", "student", "students", "teacher", "nurse", "farmer",
    "owner", "voter", "voters", "citizen", "citizens", "organizer", "organizers", "report",
    "document", "memo", "letter", "agency", "government", "department", "military", "army",
    "ministry", "group", "organization", "organisation", "company", "firm", "campaign",
    "authority", "authorities", "council", "office", "embassy", "court", "tribunal"};

// Last words that make an unknown capitalised name a company or club ("Halden Capital",
// "Harrowgate Rovers"). Only trusted as the final word: "Capital Region" is not a company.
constexpr std::string_view kOrgSuffixes[] = {
    "Capital", "Solutions", "Pay", "Energy", "Media", "Pharma", "Pharmaceuticals", "Foods",
    "Insurance", "Ventures", "Logistics", "Software", "Networks", "Telecom", "Brands",
    "Resources", "Securities", "Investments", "Robotics", "Analytics", "Studios",
    "Entertainment", "Records", "Pictures", "Bancorp", "Financial", "Airlines", "Airways",
    "Motors", "Technologies", "Technology", "Tech", "Holdings", "Partners", "Group",
    "Enterprises", "Communications", "Electronics", "Biotech", "Therapeutics", "Mining",
    "Petroleum", "Oil", "Gas", "Steel", "Chemicals", "Shipping", "Railways", "Rail", "Bank",
    "Markets", "Wireless", "Digital", "Labs", "Consulting", "Associates", "Apparel",
    // Sports clubs.
    "FC", "F.C.", "AFC", "United", "Rovers", "Athletic", "Athletico", "Wanderers", "Rangers",
    "Albion", "Hotspur", "Olympique", "Dynamo", "Sporting"};

// Lowercase heads of an appositive that describes an organisation ("X, a payments company,").
constexpr std::string_view kOrgNouns[] = {
    "company", "firm", "bank", "lender", "insurer", "contractor", "startup", "start-up",
    "fund", "club", "team", "group", "operator", "provider", "maker", "manufacturer",
    "retailer", "airline", "carrier", "broadcaster", "publisher", "developer", "charity",
    "party", "network", "app", "platform", "supplier", "producer", "chain", "conglomerate",
    "giant", "subsidiary", "corporation", "consultancy", "brokerage", "newspaper", "agency",
    "organisation", "organization", "union", "side", "outfit", "regulator", "exchange"};

// Lowercase words after which "of X" names a place ("the town of X", "mayor of X").
constexpr std::string_view kPlaceNouns[] = {
    "town", "towns", "city", "cities", "village", "villages", "port", "capital", "province",
    "provinces", "region", "regions", "county", "counties", "district", "districts", "state",
    "states", "municipality", "island", "islands", "suburb", "suburbs", "outskirts",
    "community", "hamlet", "commune", "prefecture", "governorate", "oblast", "canton",
    "borough", "mayor", "neighbourhood", "neighborhood", "streets", "centre", "center",
    "heart", "residents", "people", "coast", "shores", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern",
    "western", "parts", "area"};

struct Tables {
  std::unordered_map<std::string_view, NameInfo> names;
  std::unordered_map<std::string_view, std::string_view> demonyms;
  Set org_suffixes, org_nouns, place_nouns;
  Set first_names, org_keywords, org_heads, stop_words, months, connectors, speech, speakers;
  std::unordered_map<std::string_view, std::vector<std::vector<std::string_view>>> titles;

  Tables() {
    for (const Alias& a : kAliases) names.emplace(a.name, NameInfo{a.canonical, a.type});
    static constexpr std::pair<std::string_view, std::string_view> kIso[] = {
#include "analyse/places.inc"
    };
    for (const auto& [alias, canonical] : kIso) {
      // The alias table may rename (Türkiye -> Turkey): map the ISO canonical through it.
      auto it = names.find(canonical);
      std::string_view c = it != names.end() ? it->second.canonical : canonical;
      names.emplace(alias, NameInfo{c, kPlace});
    }
    for (std::string_view p : kPlaces) names.emplace(p, NameInfo{p, kPlace});
    for (const auto& [adj, country] : kDemonyms) demonyms.emplace(adj, country);
    org_suffixes.insert(std::begin(kOrgSuffixes), std::end(kOrgSuffixes));
    org_nouns.insert(std::begin(kOrgNouns), std::end(kOrgNouns));
    place_nouns.insert(std::begin(kPlaceNouns), std::end(kPlaceNouns));
    first_names.insert(std::begin(kFirstNames), std::end(kFirstNames));
    org_keywords.insert(std::begin(kOrgKeywords), std::end(kOrgKeywords));
    org_heads.insert(std::begin(kOrgHeads), std::end(kOrgHeads));
    stop_words.insert(std::begin(kStopWords), std::end(kStopWords));
    months.insert(std::begin(kMonthsWeekdays), std::end(kMonthsWeekdays));
    connectors.insert(std::begin(kConnectors), std::end(kConnectors));
    speech.insert(std::begin(kSpeechVerbs), std::end(kSpeechVerbs));
    speakers.insert(std::begin(kSpeakerNouns), std::end(kSpeakerNouns));
    for (std::string_view t : kTitles) {
      std::vector<std::string_view> words;
      size_t i = 0;
      while (i < t.size()) {
        size_t sp = t.find(' ', i);
        if (sp == std::string_view::npos) sp = t.size();
        words.push_back(t.substr(i, sp - i));
        i = sp + 1;
      }
      titles[words[0]].push_back(std::move(words));
    }
  }
};

const Tables& T() {
  static const Tables* tables = new Tables();
  return *tables;
}

}  // namespace

const NameInfo* LookupName(std::string_view name) {
  const auto& names = T().names;
  auto it = names.find(name);
  return it == names.end() ? nullptr : &it->second;
}

std::string_view DemonymCountry(std::string_view word) {
  const auto& d = T().demonyms;
  auto it = d.find(word);
  if (it != d.end()) return it->second;
  if (word.size() > 3 && word.back() == 's') {
    it = d.find(word.substr(0, word.size() - 1));
    if (it != d.end()) return it->second;
  }
  return {};
}

bool IsFirstName(std::string_view w) { return T().first_names.count(w) > 0; }
bool IsOrgKeyword(std::string_view w) { return T().org_keywords.count(w) > 0; }
bool IsOrgHead(std::string_view w) { return T().org_heads.count(w) > 0; }
bool IsStopWord(std::string_view w) { return T().stop_words.count(w) > 0; }
bool IsMonthOrWeekday(std::string_view w) { return T().months.count(w) > 0; }
bool IsNameConnector(std::string_view w) { return T().connectors.count(w) > 0; }
bool IsSpeechVerb(std::string_view w) { return T().speech.count(w) > 0; }
bool IsSpeakerNoun(std::string_view w) { return T().speakers.count(w) > 0; }
bool IsOrgSuffix(std::string_view w) { return T().org_suffixes.count(w) > 0; }
bool IsOrgNoun(std::string_view w) { return T().org_nouns.count(w) > 0; }
bool IsPlaceNoun(std::string_view w) { return T().place_nouns.count(w) > 0; }

size_t MatchTitle(const std::vector<std::string_view>& words, size_t i) {
  if (i >= words.size()) return 0;
  const auto& titles = T().titles;
  // Occupations by their shape: "Seismologist", "Hydrologist", "Physician", "Statistician".
  auto occupation = [](std::string_view w) {
    for (std::string_view suffix : {"ologist", "ician"}) {
      if (w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix &&
          w[0] >= 'A' && w[0] <= 'Z') {
        return true;
      }
    }
    return false;
  };
  auto it = titles.find(words[i]);
  if (it == titles.end()) return occupation(words[i]) ? 1 : 0;
  size_t best = 0;
  for (const auto& t : it->second) {
    if (t.size() <= best || i + t.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < t.size() && ok; ++k) ok = words[i + k] == t[k];
    if (ok) best = t.size();
  }
  return best;
}

}  // namespace storyline::analyse::internal
