# RE2 and simdjson for the WebAssembly build: the static libraries that
# scripts/wasm-deps compiles with em++ from Debian's source packages into
# third_party/wasm/ (git-ignored, cached). Included by the top-level
# CMakeLists.txt when EMSCRIPTEN is set; fills the figcheck_deps interface
# target, so figcheck_core links the same way in both builds.
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
