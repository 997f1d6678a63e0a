#pragma once

// Op names shared by server and clients (PROTOCOL.md); never renamed once built.
namespace Op {
inline constexpr char Hello[] = "hello";
inline constexpr char AuthLogin[] = "auth.login";
inline constexpr char AuthResume[] = "auth.resume";
inline constexpr char AuthLogout[] = "auth.logout";
inline constexpr char AuthChangePassword[] = "auth.change_password";
inline constexpr char Me[] = "me";
inline constexpr char AuditList[] = "audit.list";
} // namespace Op

// Events pushed by the server.
namespace EventName {
inline constexpr char ServerStopping[] = "server.stopping";
inline constexpr char SessionRevoked[] = "session.revoked";
} // namespace EventName
