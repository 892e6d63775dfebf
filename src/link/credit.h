#pragma once
// Provenance named in an article's own text: "Original Source: www.aa.com.tr" footers,
// "(Reuters) -" datelines, "The Associated Press contributed to this report", "according to
// Reuters". Hand-written scanners, linear in the text, no regexes.
#include <string>
#include <string_view>

namespace storyline::link {

struct Credit {
  std::string source;  // "aa.com.tr", "Reuters", "AP"; empty when none is found
  std::string kind;    // "footer" | "dateline" | "credit" (contributed / according to); empty
};

// Looks, in order of reliability, for: a footer line near the end ("Original Source:",
// "Source:", "Originally published at/on/by", "This article originally appeared on", "Via:");
// a dateline credit in the first 300 bytes ("WASHINGTON (Reuters) -", "(AP) —"); "<agency>
// contributed to this report"; "according to <agency>". Hosts are reduced to the bare host name
// (scheme, "www.", port, path dropped; lowercased); agency names are canonicalised
// ("Associated Press" -> "AP", "Agence France-Presse" -> "AFP").
Credit FindCredit(std::string_view text);

// Normalises "https://www.Example.com/a/b?x" -> "example.com"; empty when `s` is not a host.
std::string NormaliseHost(std::string_view s);

// True when `credited` (a host or a name) names the publisher itself: its site name or the
// host of its url. Compares letters and digits only, ignoring "www", top-level domains and
// words like "service"/"news", so "Coastal Wire Service" matches "coastalwire.com".
bool CreditNamesPublisher(std::string_view credited, std::string_view site, std::string_view url);

}  // namespace storyline::link
