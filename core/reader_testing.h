// A switch for tests of the reader (reader.h), not for users: with screens
// off, every cheap test the reader runs before an RE2 pattern (word screens,
// the date, currency, topic and number-word screens, the byte tests for
// years and spans) answers "may match", and years are found by RE2 instead
// of the byte scan. What the reader reads must not change; that is what
// tests/reader_screens_test.cc checks. Screens are on by default.
#ifndef FIGCHECK_CORE_READER_TESTING_H_
#define FIGCHECK_CORE_READER_TESTING_H_

namespace figcheck {

// Not thread-safe: flip it only while no reader runs.
void SetReaderScreensForTesting(bool on);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_TESTING_H_
