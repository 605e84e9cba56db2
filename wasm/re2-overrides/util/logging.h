// RE2's util/logging.h for figcheck's WebAssembly build: the same macros,
// without iostreams. RE2's own header writes every LOG() through a
// std::ostringstream, which links the iostream library into the module
// (about 50 KB of its 520) for messages no one reads in a browser. Here
// LOG() and VLOG() discard what they are given, and a failed CHECK() or
// LOG(FATAL) says where on stderr and aborts, as RE2's does. scripts/wasm-deps
// builds RE2 with `-iquote wasm/re2-overrides`, so "util/logging.h" finds
// this file before RE2's; the native build uses Debian's libre2 as it is.
#ifndef UTIL_LOGGING_H_
#define UTIL_LOGGING_H_

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/util.h"

// Debug-only checking.
#define DCHECK(condition) assert(condition)
#define DCHECK_EQ(val1, val2) assert((val1) == (val2))
#define DCHECK_NE(val1, val2) assert((val1) != (val2))
#define DCHECK_LE(val1, val2) assert((val1) <= (val2))
#define DCHECK_LT(val1, val2) assert((val1) < (val2))
#define DCHECK_GE(val1, val2) assert((val1) >= (val2))
#define DCHECK_GT(val1, val2) assert((val1) > (val2))

// Always-on checking
#define CHECK(x) if (x) {} else LogMessageFatal(__FILE__, __LINE__).stream() << "Check failed: " #x
#define CHECK_LT(x, y) CHECK((x) < (y))
#define CHECK_GT(x, y) CHECK((x) > (y))
#define CHECK_LE(x, y) CHECK((x) <= (y))
#define CHECK_GE(x, y) CHECK((x) >= (y))
#define CHECK_EQ(x, y) CHECK((x) == (y))
#define CHECK_NE(x, y) CHECK((x) != (y))

#define LOG_INFO LogMessage(__FILE__, __LINE__)
#define LOG_WARNING LogMessage(__FILE__, __LINE__)
#define LOG_ERROR LogMessage(__FILE__, __LINE__)
#define LOG_FATAL LogMessageFatal(__FILE__, __LINE__)
#define LOG_QFATAL LOG_FATAL

#ifdef NDEBUG
#define LOG_DFATAL LOG_ERROR
#else
#define LOG_DFATAL LOG_FATAL
#endif

// A message below FATAL is never written, so its arguments are not even
// evaluated (RE2 passes Regexp::ToString() to some, which would link
// printf): `true ? (void)0 : …` as glog's LOG_IF does, safe in an unbraced
// if/else.
#define LOG(severity) LOG_STREAM_##severity
#define LOG_STREAM_INFO true ? (void)0 : LogVoidify() & LOG_INFO.stream()
#define LOG_STREAM_WARNING LOG_STREAM_INFO
#define LOG_STREAM_ERROR LOG_STREAM_INFO
#define LOG_STREAM_FATAL LOG_FATAL.stream()
#define LOG_STREAM_QFATAL LOG_STREAM_FATAL
#ifdef NDEBUG
#define LOG_STREAM_DFATAL LOG_STREAM_ERROR
#else
#define LOG_STREAM_DFATAL LOG_STREAM_FATAL
#endif

#define VLOG(x) LOG_STREAM_INFO

// Takes anything a std::ostream would and drops it.
class LogSink {
 public:
  template <typename T>
  LogSink& operator<<(const T&) { return *this; }
};

// Turns a stream expression into void, for LOG_STREAM_INFO's conditional.
struct LogVoidify {
  void operator&(LogSink&) {}
};

class LogMessage {
 public:
  LogMessage(const char* file, int line) : file_(file), line_(line) {}
  LogSink& stream() { return sink_; }

 protected:
  const char* file_;
  int line_;

 private:
  LogSink sink_;

  LogMessage(const LogMessage&) = delete;
  LogMessage& operator=(const LogMessage&) = delete;
};

class LogMessageFatal : public LogMessage {
 public:
  LogMessageFatal(const char* file, int line) : LogMessage(file, line) {}
  ATTRIBUTE_NORETURN ~LogMessageFatal() {
    // fputs, not fprintf: printf would link musl's float formatting.
    fputs(file_, stderr);
    fputs(": RE2: fatal error\n", stderr);
    abort();
  }

 private:
  LogMessageFatal(const LogMessageFatal&) = delete;
  LogMessageFatal& operator=(const LogMessageFatal&) = delete;
};

#endif  // UTIL_LOGGING_H_
