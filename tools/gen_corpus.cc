// storyline_gen: writes a synthetic news corpus as JSONL for benchmarks and crash tests.
// Articles are grouped into events (a fictional place, people, numbers, quotes); each event
// has an original report, verbatim copies and light rewrites, spread over days. Deterministic
// for a given seed. Usage: storyline_gen N [SEED] > corpus.jsonl
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

const char* kFirst[] = {"Amara", "Bram", "Celia", "Dario", "Elif", "Farid", "Greta", "Hugo",
                        "Ines", "Jonas", "Kaia", "Luca", "Mira", "Nils", "Odile", "Pavel",
                        "Quinn", "Rosa", "Soren", "Talia", "Ugo", "Vera", "Wim", "Yara"};
const char* kLast[] = {"Okafor", "Lindqvist", "Marchetti", "Haddad", "Novak", "Brennan",
                       "Castell", "Duarte", "Eriksen", "Fontaine", "Galloway", "Ishikawa",
                       "Jovanovic", "Kowalczyk", "Larsen", "Moreau", "Nakamura", "Ortega"};
// Place names are built from a stem and an ending (30 x 20 = 600 fictional towns).
const char* kPlaceStem[] = {"Els", "Varn", "Castel", "Dun", "Kestrel", "Ravens", "Salt", "Tarr",
                            "Wex", "Zell", "Alder", "Bell", "Corr", "Dray", "East", "Fen",
                            "Glen", "Hart", "Ivy", "Juniper", "Kings", "Lark", "Marsh", "North",
                            "Oak", "Pine", "Quarry", "Rush", "Stone", "Thorn"};
const char* kPlaceEnd[] = {"by", "holm", "mar", "more", " Bay", "ford", " Hollow", "ow", "moor",
                           "field", " Ridge", "mouth", "wick", "ton", " Falls", "dale", "haven",
                           "bridge", "port", " Crossing"};
const char* kKind[] = {"flood", "earthquake", "strike", "election", "data breach", "wildfire",
                       "rail crash", "summit", "court ruling", "factory fire"};
const char* kOrg[] = {"Civil Protection Agency", "Transport Ministry", "Harbour Authority",
                      "National Weather Service", "Regional Council", "Workers Union",
                      "Central Bank", "Red Crescent", "Health Ministry", "Energy Board"};
const char* kVerb[] = {"said", "told reporters", "added", "warned", "stressed", "explained"};
const char* kFill[] = {"officials", "residents", "the area", "the region", "emergency crews",
                       "local media", "the government", "observers", "the authorities",
                       "several districts", "the coast", "the capital", "nearby towns"};

template <size_t N>
const char* Pick(std::mt19937_64& rng, const char* (&arr)[N]) {
  return arr[rng() % N];
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

struct Event {
  std::string kind, place, person, org, quote1, quote2;
  int number, day;
};

std::string Body(const Event& e, std::mt19937_64& rng, bool rewrite) {
  std::string t;
  char buf[512];
  std::snprintf(buf, sizeof buf, "%s %s hit %s on day %d, affecting %d people, %s confirmed. ",
                rewrite ? "Reports say a" : "A", e.kind.c_str(), e.place.c_str(), e.day, e.number,
                e.org.c_str());
  t += buf;
  std::snprintf(buf, sizeof buf, "\"%s,\" %s %s. ", e.quote1.c_str(), e.person.c_str(),
                Pick(rng, kVerb));
  t += buf;
  for (int i = 0; i < 6; ++i) {
    std::snprintf(buf, sizeof buf, "The %s of %s drew responses from %s and %s. ", e.kind.c_str(),
                  e.place.c_str(), Pick(rng, kFill), Pick(rng, kFill));
    t += buf;
  }
  std::snprintf(buf, sizeof buf, "\"%s,\" the %s spokesperson said. ", e.quote2.c_str(),
                e.org.c_str());
  t += buf;
  if (rewrite) t += "\n\nOriginal Source: www.meridian-wire.example";
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: storyline_gen N [SEED] > corpus.jsonl\n");
    return 2;
  }
  long n = std::atol(argv[1]);
  std::mt19937_64 rng(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42);
  long written = 0;
  for (long ev = 0; written < n; ++ev) {
    Event e;
    e.kind = Pick(rng, kKind);
    e.place = std::string(Pick(rng, kPlaceStem)) + Pick(rng, kPlaceEnd);
    e.person = std::string(Pick(rng, kFirst)) + " " + Pick(rng, kLast);
    e.org = Pick(rng, kOrg);
    e.number = static_cast<int>(rng() % 5000) + 10;
    e.day = static_cast<int>(ev / 20 % 365);
    e.quote1 = std::string("We are working with ") + Pick(rng, kFill) + " to help everyone in " +
               e.place + " event " + std::to_string(ev);
    e.quote2 = std::string("The situation in ") + e.place + " remains serious for " + Pick(rng, kFill);
    int copies = static_cast<int>(rng() % 4);
    std::string original;
    for (int k = 0; k <= copies + 1 && written < n; ++k) {
      bool rewrite = k == copies + 1;
      int day = e.day + (k > 0 ? static_cast<int>(rng() % 3) : 0);
      int month = 1 + day / 28 % 12, dom = 1 + day % 28;
      std::string id = "gen-" + std::to_string(ev) + "-" + std::to_string(k);
      std::string body = k == 0 || rewrite ? Body(e, rng, rewrite) : "";
      if (k == 0) original = body;
      if (!rewrite && k > 0) body = original + "\n\nRepublished by site " + std::to_string(k);
      std::printf(
          "{\"id\":\"%s\",\"url\":\"https://site%d.example/news/%s\",\"source\":\"site%d\","
          "\"published\":\"2025-%02d-%02d\",\"title\":\"%s in %s\",\"text\":\"%s\"}\n",
          id.c_str(), k, id.c_str(), k, month, dom, JsonEscape(e.kind).c_str(),
          JsonEscape(e.place).c_str(), JsonEscape(body).c_str());
      ++written;
    }
  }
  return 0;
}
