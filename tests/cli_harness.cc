#include "cli_harness.h"

#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace storyline::testing {
namespace fs = std::filesystem;

namespace {
std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
}  // namespace

std::vector<std::string> RunResult::OutLines() const { return Lines(out); }
std::vector<std::string> RunResult::ErrLines() const { return Lines(err); }

std::string StorylineBinary() { return STORYLINE_BIN; }
std::string GeneratorBinary() { return STORYLINE_GEN_BIN; }
std::string SourceDir() { return STORYLINE_SOURCE_DIR; }

std::string MakeTempDir(const std::string& name) {
  fs::path p = fs::temp_directory_path() / ("storyline_it_" + std::to_string(getpid()) + "_" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p.string();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Gzip(const std::string& bytes) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

RunResult RunShell(const std::string& command, const std::string& stdin_path) {
  std::string dir = MakeTempDir("run");
  std::string out = dir + "/out", err = dir + "/err";
  // Braces: redirections inside `command` take precedence over the captured streams.
  std::string cmd = "{ " + command + "\n} <" + (stdin_path.empty() ? "/dev/null" : stdin_path) +
                    " >" + out + " 2>" + err;
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  fs::remove_all(dir);
  return r;
}

RunResult RunStoryline(const std::string& args, const std::string& stdin_path) {
  return RunShell(StorylineBinary() + " " + args, stdin_path);
}

}  // namespace storyline::testing
