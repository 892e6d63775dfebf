#pragma once
// Runs the built storyline binary as a user would and captures what it prints.
#include <string>
#include <vector>

namespace storyline::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::vector<std::string> OutLines() const;
  std::vector<std::string> ErrLines() const;
};

// Runs `storyline <args>` (args are passed through /bin/sh, so quote as needed) with stdin
// from `stdin_path` (empty = /dev/null).
RunResult RunStoryline(const std::string& args, const std::string& stdin_path = "");
// Runs any shell command.
RunResult RunShell(const std::string& command, const std::string& stdin_path = "");

std::string StorylineBinary();
std::string GeneratorBinary();
std::string SourceDir();
// A fresh empty directory for one test.
std::string MakeTempDir(const std::string& name);
void WriteFile(const std::string& path, const std::string& bytes);
std::string ReadFile(const std::string& path);
std::string Gzip(const std::string& bytes);

}  // namespace storyline::testing
