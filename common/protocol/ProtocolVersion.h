#pragma once

// Version spoken in `hello`; bumped only for incompatible wire changes.
inline constexpr int kProtocolVersion = 1;
