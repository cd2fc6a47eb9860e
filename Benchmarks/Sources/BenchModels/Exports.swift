// The generated models and validators of spec/ are added to this module by SpecgenPlugin at build time; a target
// needs one source file of its own for SwiftPM to build it.
@_exported import SpecgenRuntime
