// The `storyline` binary: one subcommand per stage plus the store commands. The only file that
// includes CLI11. Exit codes (../docs/interfaces.md): 0 if any record succeeded (or there was
// nothing to do), 1 if no input could be read or no record succeeded, 2 for usage errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "analyse/analyse.h"
#include "analyse/ner/conll.h"
#include "analyse/ner/tagger.h"
#include "codec/json_codec.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "link/link.h"
#include "pipeline/pipeline.h"
#include "pipeline/story_view.h"
#include "serve/server.h"
#include "storyline/store.h"
#include "storyline/version.h"
#include "summarise/summarise.h"

namespace storyline::cli {
namespace {

constexpr size_t kStageBatch = 256;

void PrintError(const Status& st) { std::fprintf(stderr, "storyline: %s\n", st.message().c_str()); }

std::string DefaultDbPath() {
  const char* env = std::getenv("STORYLINE_DB");
  return env && *env ? env : "storyline.db";
}

// Counts outcomes of a stage command and turns them into the exit code.
struct Outcome {
  uint64_t ok = 0, failed = 0, unreadable = 0;
  int ExitCode() const { return ok > 0 || (failed == 0 && unreadable == 0) ? 0 : 1; }
};

// Streams records from `paths` in batches; `process` handles each batch in input order.
Outcome ForEachBatch(const std::vector<std::string>& paths,
                     const std::function<void(std::vector<RawRecord>&, Outcome&)>& process) {
  Outcome outcome;
  std::vector<RawRecord> batch;
  auto sink = [&](RawRecord&& r) {
    batch.push_back(std::move(r));
    if (batch.size() >= kStageBatch) {
      process(batch, outcome);
      batch.clear();
    }
  };
  auto on_error = [&](const Status& st) {
    PrintError(st);
    ++outcome.failed;
  };
  ingest::ReadStats stats = ingest::ReadInputs(paths, ingest::IngestLimits{}, sink, on_error);
  if (!batch.empty()) process(batch, outcome);
  outcome.unreadable = stats.unreadable_inputs;
  return outcome;
}

int RunExtract(const std::vector<std::string>& paths) {
  return ForEachBatch(paths, [](std::vector<RawRecord>& batch, Outcome& o) {
           for (const RawRecord& r : batch) {
             auto a = extract::Extract(r);
             if (!a) {
               PrintError(Status(a.error().code(), r.location + ": " + a.error().message()));
               ++o.failed;
               continue;
             }
             std::cout << codec::ArticleToJson(*a) << '\n';
             ++o.ok;
           }
         }).ExitCode();
}

int RunAnalyze(const std::vector<std::string>& paths, bool with_text, int threads,
               const analyse::AnalyseOptions& analyse) {
  return ForEachBatch(paths, [&](std::vector<RawRecord>& batch, Outcome& o) {
           for (auto& r : pipeline::ProcessAll(batch, threads, analyse)) {
             if (!r) {
               PrintError(r.error());
               ++o.failed;
               continue;
             }
             std::cout << codec::AnalysisToJson(r->article, r->analysis, with_text) << '\n';
             ++o.ok;
           }
         }).ExitCode();
}

int RunLink(const std::vector<std::string>& paths, int threads,
            const analyse::AnalyseOptions& analyse) {
  link::Linker linker;
  return ForEachBatch(paths, [&](std::vector<RawRecord>& batch, Outcome& o) {
           auto processed = pipeline::ProcessAll(batch, threads, analyse);
           auto links = pipeline::LinkBatch(linker, processed);
           for (size_t i = 0; i < processed.size(); ++i) {
             if (!processed[i]) {
               PrintError(processed[i].error());
               ++o.failed;
               continue;
             }
             std::cout << codec::LinkToJson(links[i]) << '\n';
             ++o.ok;
           }
         }).ExitCode();
}

// Reads JSON lines from files or stdin ("-"); `fn` gets each non-blank line and its location.
Outcome ForEachLine(const std::vector<std::string>& paths,
                    const std::function<bool(const std::string&, const std::string&)>& fn) {
  Outcome o;
  for (const std::string& path : paths) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path);
      if (!file) {
        PrintError(NotFoundError(path + ": cannot open"));
        ++o.unreadable;
        continue;
      }
      in = &file;
    }
    std::string line;
    for (uint64_t n = 1; std::getline(*in, line); ++n) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (fn(line, path + ":" + std::to_string(n))) ++o.ok;
      else ++o.failed;
    }
  }
  return o;
}

int RunCompare(const std::vector<std::string>& paths, const analyse::AnalyseOptions& analyse) {
  return ForEachLine(paths, [&](const std::string& line, const std::string& where) {
           auto pair = codec::ParseComparePair(line);
           if (!pair) {
             PrintError(Status(pair.error().code(), where + ": " + pair.error().message()));
             return false;
           }
           auto a = pipeline::ProcessRecord(pair->a, analyse);
           auto b = pipeline::ProcessRecord(pair->b, analyse);
           if (!a || !b) {
             PrintError(Status(StatusCode::kInvalidArgument,
                               where + ": " + (a ? b.error() : a.error()).message()));
             return false;
           }
           link::Comparison c = link::Compare(*a, *b);
           std::cout << codec::ComparisonToJson(pair->id, c.similarity, c.relation, c.why) << '\n';
           return true;
         }).ExitCode();
}

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& db) {
  auto s = store::Store::Open(db);
  if (!s) PrintError(s.error());
  return s;
}

int RunSummarize(const std::vector<std::string>& paths, const std::string& story_id,
                 const std::string& db, const summarise::SummaryOptions& options, int threads,
                 const analyse::AnalyseOptions& analyse) {
  std::vector<AnalysedArticle> docs;
  std::vector<LinkResult> links;
  std::string id = story_id;
  if (!story_id.empty()) {
    auto s = OpenStore(db);
    if (!s) return 1;
    auto story = (*s)->GetStory(story_id);
    if (!story) {
      PrintError(story.error());
      return 1;
    }
    for (auto& a : story->articles) {
      docs.push_back(std::move(a.doc));
      links.push_back(std::move(a.link));
    }
  } else {
    link::Linker linker;
    Outcome o = ForEachBatch(paths, [&](std::vector<RawRecord>& batch, Outcome& out) {
      auto processed = pipeline::ProcessAll(batch, threads, analyse);
      auto batch_links = pipeline::LinkBatch(linker, processed);
      for (size_t i = 0; i < processed.size(); ++i) {
        if (!processed[i]) {
          PrintError(processed[i].error());
          ++out.failed;
          continue;
        }
        links.push_back(std::move(batch_links[i]));
        docs.push_back(std::move(*processed[i]));
        ++out.ok;
      }
    });
    // The story of the earliest article names the summary.
    for (size_t i = 0; i < docs.size() && id.empty(); ++i) id = links[i].story;
    if (o.ok == 0 && o.ExitCode() != 0) return 1;
  }
  std::cout << codec::SummaryToJson(summarise::Summarise(id, docs, links, options)) << '\n';
  return 0;
}

int RunIngest(const std::vector<std::string>& paths, const std::string& db,
              pipeline::IngestOptions options, bool json) {
  auto s = OpenStore(db);
  if (!s) return 1;
  options.progress = options.progress && isatty(STDERR_FILENO);
  auto report = pipeline::Ingest(**s, paths, options, PrintError);
  if (!report) {
    PrintError(report.error());
    return 1;
  }
  const auto& r = *report;
  if (json) {
    std::printf(
        "{\"records\":%llu,\"stored\":%llu,\"already_stored\":%llu,\"skipped\":%llu,"
        "\"unreadable_inputs\":%llu,\"bytes\":%llu,\"summaries\":%llu,\"seconds\":%.3f}\n",
        (unsigned long long)r.records, (unsigned long long)r.stored,
        (unsigned long long)r.already_stored, (unsigned long long)r.skipped,
        (unsigned long long)r.unreadable_inputs, (unsigned long long)r.bytes,
        (unsigned long long)r.summaries, r.seconds);
  } else {
    std::fprintf(stderr,
                 "ingested %llu new article(s) into %s (%llu already stored, %llu skipped) in "
                 "%.2fs; %llu story summaries refreshed\n",
                 (unsigned long long)r.stored, db.c_str(), (unsigned long long)r.already_stored,
                 (unsigned long long)r.skipped, r.seconds, (unsigned long long)r.summaries);
  }
  bool any = r.stored + r.already_stored > 0;
  return any || (r.skipped == 0 && r.unreadable_inputs == 0) ? 0 : 1;
}

int RunStories(const std::string& db, int limit, int offset, const std::string& sort, bool json) {
  auto s = OpenStore(db);
  if (!s) return 1;
  store::StorySort order = sort == "size"      ? store::StorySort::kSize
                           : sort == "sources" ? store::StorySort::kSources
                                               : store::StorySort::kRecent;
  auto stories = (*s)->ListStories(limit, offset, order);
  if (!stories) {
    PrintError(stories.error());
    return 1;
  }
  for (const auto& st : *stories) {
    if (json) {
      std::cout << codec::StoryInfoToJson(st) << '\n';
    } else {
      std::printf("%s  %3d article(s) %2d source(s)  %-10s  %s\n", st.id.c_str(), st.article_count,
                  st.independent_sources,
                  st.last_published.empty() ? "-" : st.last_published.c_str(), st.headline.c_str());
    }
  }
  return 0;
}

int RunStory(const std::string& db, const std::string& id, bool json) {
  auto s = OpenStore(db);
  if (!s) return 1;
  auto story = (*s)->GetStory(id);
  if (!story) {
    PrintError(story.error());
    return 1;
  }
  StoryView view = pipeline::BuildStoryView(std::move(*story));
  if (json) std::cout << codec::StoryViewToJson(view) << '\n';
  else std::cout << pipeline::RenderStoryText(view);
  return 0;
}

int RunSearch(const std::string& db, const std::vector<std::string>& words, int limit, bool json) {
  auto s = OpenStore(db);
  if (!s) return 1;
  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  auto hits = (*s)->Search(query, limit);
  if (!hits) {
    PrintError(hits.error());
    return 1;
  }
  for (const auto& h : *hits) {
    if (json) std::cout << codec::SearchHitToJson(h) << '\n';
    else std::printf("%s  [story %s]  %s\n    %s\n", h.article_id.c_str(), h.story.c_str(),
                     h.title.c_str(), h.snippet.c_str());
  }
  return 0;
}

// `train-ner`: trains the statistical entity tagger on a CoNLL-2003 file and saves the model.
// Progress goes to stderr, one line per iteration (with dev scores when --dev is given).
int RunTrainNer(const std::string& conll, const std::string& output, int iterations,
                const std::string& dev_path) {
  const auto start = std::chrono::steady_clock::now();
  auto train = analyse::ner::ReadConllFile(conll);
  if (!train) {
    PrintError(train.error());
    return 1;
  }
  std::vector<analyse::ner::ConllDocument> dev;
  if (!dev_path.empty()) {
    auto d = analyse::ner::ReadConllFile(dev_path);
    if (!d) {
      PrintError(d.error());
      return 1;
    }
    dev = std::move(*d);
  }
  analyse::ner::TrainOptions options;
  options.iterations = iterations;
  auto report = [&](const analyse::ner::IterationReport& r) {
    std::fprintf(stderr, "iteration %d/%d: train token accuracy %.4f (%.1fs)", r.iteration,
                 iterations, r.train_accuracy, r.seconds);
    if (r.has_dev) {
      std::fprintf(stderr, "; dev P %.4f R %.4f F1 %.4f (PER %.4f ORG %.4f LOC %.4f MISC %.4f)",
                   r.dev.overall.Precision(), r.dev.overall.Recall(), r.dev.overall.F1(),
                   r.dev.per_type[0].F1(), r.dev.per_type[1].F1(), r.dev.per_type[2].F1(),
                   r.dev.per_type[3].F1());
    }
    std::fprintf(stderr, "\n");
  };
  auto tagger = analyse::ner::Tagger::Train(*train, options, dev_path.empty() ? nullptr : &dev,
                                            report);
  if (!tagger) {
    PrintError(Status(tagger.error().code(), conll + ": " + tagger.error().message()));
    return 1;
  }
  Status saved = tagger->Save(output);
  if (!saved.ok()) {
    PrintError(saved);
    return 1;
  }
  std::fprintf(stderr, "saved %s: %zu features, %zu document(s), %.1fs\n", output.c_str(),
               tagger->feature_count(), train->size(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}

int Main(int argc, char** argv) {
  CLI::App app{"storyline: turns a pile or stream of news articles into stories"};
  app.set_version_flag("--version", std::string("storyline ") + STORYLINE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options (--db, --threads) may follow the subcommand
  std::string db = DefaultDbPath();
  int threads = 0;
  app.add_option("--db", db, "store file (default $STORYLINE_DB or ./storyline.db)");
  app.add_option("--threads", threads, "worker threads for per-article stages (0 = all cores)")
      ->check(CLI::Range(0, 256));

  std::vector<std::string> paths;
  auto add_paths = [&](CLI::App* sub) {
    sub->add_option("inputs", paths, "files, directories, or - for stdin")->default_val("-");
  };

  pipeline::IngestOptions ingest_options;
  bool no_progress = false, ingest_json = false;
  auto* ingest = app.add_subcommand("ingest", "run every stage and keep the results in the store");
  add_paths(ingest);
  ingest->add_option("--batch", ingest_options.batch_size, "articles per transaction")
      ->check(CLI::Range(1, 100000));
  ingest->add_flag("--no-progress", no_progress, "never draw the progress bar");
  ingest->add_flag("--json", ingest_json, "print the ingest report as JSON on stdout");

  auto* extract = app.add_subcommand("extract", "HTML/text -> article JSONL");
  add_paths(extract);

  bool with_text = false;
  auto* analyze = app.add_subcommand("analyze", "articles -> sentences, entities, quotes, dates");
  add_paths(analyze);
  analyze->add_flag("--with-text", with_text, "echo the article text");

  auto* link = app.add_subcommand("link", "articles -> copies, rewrites, stories (arrival order)");
  add_paths(link);

  auto* compare = app.add_subcommand("compare", "pairs {id, a, b} -> similarity and relation");
  add_paths(compare);

  summarise::SummaryOptions summary_options;
  std::string story_id;
  auto* summarize = app.add_subcommand("summarize", "a story's articles -> cited summary");
  add_paths(summarize);
  summarize->add_option("--story", story_id, "summarise a stored story instead of inputs");
  summarize->add_option("--words", summary_options.max_words, "hard word limit")
      ->check(CLI::Range(1, 100000));
  summarize->add_option("--query", summary_options.query, "focus text");

  bool json = false;
  int limit = 50, offset = 0;
  std::string sort = "recent";
  auto* stories = app.add_subcommand("stories", "list stored stories");
  stories->add_flag("--json", json, "JSON lines output");
  stories->add_option("--limit", limit)->check(CLI::Range(1, 1000000));
  stories->add_option("--offset", offset)->check(CLI::NonNegativeNumber);
  stories->add_option("--sort", sort)->check(CLI::IsMember({"recent", "size", "sources"}));

  std::string id;
  auto* story = app.add_subcommand("story", "show one story: summary, provenance, quotes, timeline");
  story->add_option("id", id, "story id")->required();
  story->add_flag("--json", json, "JSON output");

  std::vector<std::string> words;
  auto* search = app.add_subcommand("search", "full-text search over stored articles");
  search->add_option("query", words, "words to find")->required();
  search->add_option("--limit", limit)->check(CLI::Range(1, 10000));
  search->add_flag("--json", json, "JSON lines output");

  serve::ServerOptions serve_options;
  if (const char* env = std::getenv("STORYLINE_TOKEN")) serve_options.token = env;
  std::string ner_conll, ner_output, ner_dev;
  int ner_iterations = analyse::ner::TrainOptions().iterations;
  auto* train_ner = app.add_subcommand(
      "train-ner", "train the statistical entity tagger on a CoNLL-2003 file (for --ner-model)");
  train_ner->add_option("conll", ner_conll, "training file: token ... NER-tag columns")->required();
  train_ner->add_option("-o,--output", ner_output, "model file to write")->required();
  train_ner->add_option("--iterations", ner_iterations, "training passes (default 12)")
      ->check(CLI::Range(1, 1000));
  train_ner->add_option("--dev", ner_dev, "CoNLL file scored after every iteration");

  // Per-article stages may take their entities from a trained tagger.
  std::string ner_model;
  for (CLI::App* sub : {ingest, analyze, link, compare, summarize}) {
    sub->add_option("--ner-model", ner_model,
                    "entity tagger model from train-ner (default: the rule recogniser)");
  }

  auto* serve = app.add_subcommand("serve", "HTTP API and web UI over the store");
  serve->add_option("--host", serve_options.host, "address to listen on (default 127.0.0.1)");
  serve->add_option("--port", serve_options.port, "port (default 8080; 0 = any free port)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--token", serve_options.token,
                    "bearer token required by POST /api/articles (default $STORYLINE_TOKEN; "
                    "without one, writes are refused)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  analyse::ner::Tagger tagger;
  analyse::AnalyseOptions analyse_options;
  if (!ner_model.empty()) {
    auto loaded = analyse::ner::Tagger::Load(ner_model);
    if (!loaded) {
      PrintError(loaded.error());
      return 1;
    }
    tagger = std::move(*loaded);
    analyse_options.ner_tagger = &tagger;
  }
  if (*train_ner) return RunTrainNer(ner_conll, ner_output, ner_iterations, ner_dev);
  if (*ingest) {
    ingest_options.analyse = analyse_options;
    ingest_options.threads = threads;
    ingest_options.progress = !no_progress;
    return RunIngest(paths, db, ingest_options, ingest_json);
  }
  if (*extract) return RunExtract(paths);
  if (*analyze) return RunAnalyze(paths, with_text, threads, analyse_options);
  if (*link) return RunLink(paths, threads, analyse_options);
  if (*compare) return RunCompare(paths, analyse_options);
  if (*summarize) {
    if (!story_id.empty() && summarize->count("inputs") > 0) {
      std::fprintf(stderr, "storyline: summarize takes inputs or --story, not both\n");
      return 2;
    }
    return RunSummarize(paths, story_id, db, summary_options, threads, analyse_options);
  }
  if (*stories) return RunStories(db, limit, offset, sort, json);
  if (*story) return RunStory(db, id, json);
  if (*search) return RunSearch(db, words, limit, json);
  if (*serve) {
    serve_options.db_path = db;
    serve_options.on_listening = [&](int port) {
      std::fprintf(stderr, "storyline: serving %s on http://%s:%d/ (writes %s)\n", db.c_str(),
                   serve_options.host.c_str(), port,
                   serve_options.token.empty() ? "disabled: no token" : "need the bearer token");
    };
    serve::Server server(serve_options);
    Status st = serve::RunUntilSignalled(server);
    if (!st.ok()) {
      PrintError(st);
      return 1;
    }
    return 0;
  }
  return 2;
}

}  // namespace
}  // namespace storyline::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return storyline::cli::Main(argc, argv);
}
