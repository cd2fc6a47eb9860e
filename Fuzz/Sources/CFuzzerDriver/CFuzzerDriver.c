// Declarations only; the driver itself is in the fuzzer runtime.
#include "CFuzzerDriver.h"
