// The C library (files, signals, the terminal, maths) for every module that imports this one. Foundation brought
// it in with itself; FoundationEssentials, used instead so that no ICU is linked in, does not.
@_exported import Glibc
