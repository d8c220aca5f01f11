"""The native engine: a GPT-2 int4 variant's decode step as one C++ call (:mod:`export.runtime.native.engine`)."""
