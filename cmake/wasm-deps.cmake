# RE2, simdjson and Snowball's English stemmer for the WebAssembly build:
# the static libraries that scripts/wasm-deps compiles with em++ from
# Debian's source packages into third_party/wasm/ (git-ignored, cached), and
# the stemmer's C, generated here in the build tree by Snowball's compiler
# from the same source package. Included by the top-level CMakeLists.txt
# when EMSCRIPTEN is set; fills the figcheck_deps interface target, so
# figcheck_core links the same way in both builds.
set(FIGCHECK_WASM_DEPS "${PROJECT_SOURCE_DIR}/third_party/wasm"
    CACHE PATH "Where scripts/wasm-deps put RE2 and simdjson built for wasm")

foreach(lib re2 simdjson)
  set(_archive "${FIGCHECK_WASM_DEPS}/${lib}/lib/lib${lib}.a")
  if(NOT EXISTS "${_archive}")
    message(FATAL_ERROR
      "${_archive} is missing: run scripts/wasm-deps first (it builds RE2 and "
      "simdjson for wasm from Debian's sources), or scripts/wasm-build.")
  endif()
  add_library(figcheck_wasm_${lib} STATIC IMPORTED)
  set_target_properties(figcheck_wasm_${lib} PROPERTIES IMPORTED_LOCATION "${_archive}")
  # SYSTEM: their headers' warnings are not ours.
  target_include_directories(figcheck_wasm_${lib} SYSTEM INTERFACE
    "${FIGCHECK_WASM_DEPS}/${lib}/include")
endforeach()

# The libraries were compiled with -fno-exceptions (and simdjson with
# SIMDJSON_EXCEPTIONS=0); every consumer must agree, or inline code from
# their headers would differ between translation units.
target_compile_definitions(figcheck_wasm_simdjson INTERFACE SIMDJSON_EXCEPTIONS=0)
target_compile_options(figcheck_deps INTERFACE -fno-exceptions)
target_link_libraries(figcheck_deps INTERFACE figcheck_wasm_re2 figcheck_wasm_simdjson)

# Snowball 2.2.0, as Debian's libstemmer is built (its GNUmakefile), but with
# the English stemmer alone: the same libstemmer.h API (sb_stemmer_new) as
# natively, so core/text.cc has one code path and both builds stem alike.
set(_snowball "${FIGCHECK_WASM_DEPS}/snowball")
if(NOT EXISTS "${_snowball}/snowball")
  message(FATAL_ERROR
    "${_snowball}/snowball is missing: run scripts/wasm-deps first (it builds "
    "Snowball's compiler from Debian's source), or scripts/wasm-build.")
endif()
find_program(FIGCHECK_PERL perl REQUIRED)
set(_gen "${CMAKE_BINARY_DIR}/snowball")
# The module list libstemmer is generated from, in Snowball's
# libstemmer/modules.txt format: English, UTF-8.
file(CONFIGURE OUTPUT "${_gen}/modules.txt" CONTENT "english UTF_8 english\n")
# libstemmer.c from its template, as the GNUmakefile's sed makes it.
set(MODULES_H modules.h)
configure_file("${_snowball}/libstemmer/libstemmer_c.in" "${_gen}/libstemmer/libstemmer.c" @ONLY)
add_custom_command(
  OUTPUT "${_gen}/src_c/stem_UTF_8_english.c" "${_gen}/src_c/stem_UTF_8_english.h"
         "${_gen}/libstemmer/modules.h"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${_gen}/src_c" "${_gen}/libstemmer"
  COMMAND "${_snowball}/snowball" "${_snowball}/algorithms/english.sbl"
          -o "${_gen}/src_c/stem_UTF_8_english" -eprefix english_UTF_8_ -r ../runtime -u
  COMMAND "${FIGCHECK_PERL}" "${_snowball}/libstemmer/mkmodules.pl"
          libstemmer/modules.h src_c modules.txt libstemmer/mkinc.mak
  DEPENDS "${_snowball}/snowball" "${_snowball}/algorithms/english.sbl"
          "${_snowball}/libstemmer/mkmodules.pl" "${_gen}/modules.txt"
  WORKING_DIRECTORY "${_gen}"
  COMMENT "Generating Snowball's English stemmer (C) from english.sbl"
  VERBATIM)
enable_language(C)
add_library(figcheck_wasm_snowball STATIC
  "${_gen}/libstemmer/libstemmer.c" "${_gen}/src_c/stem_UTF_8_english.c"
  "${_snowball}/runtime/api.c" "${_snowball}/runtime/utilities.c")
# "../include/libstemmer.h" and "../runtime/api.h", as the generated files
# name them, resolve from any folder one level inside the copy.
target_include_directories(figcheck_wasm_snowball PRIVATE "${_snowball}/libstemmer")
target_include_directories(figcheck_wasm_snowball SYSTEM INTERFACE "${_snowball}/include")
target_compile_options(figcheck_wasm_snowball PRIVATE -Oz -flto)
target_link_libraries(figcheck_deps INTERFACE figcheck_wasm_snowball)
