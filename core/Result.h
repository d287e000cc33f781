#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Elect {

/// Why an operation a user asked for did not happen. The message is already translated and says
/// what to do; the code lets callers react (retry, ask again, show a field).
enum class ErrorCode {
    None,
    InvalidInput,     ///< the user's input is malformed; the message names what and how to fix it
    NotFound,         ///< the thing asked for does not exist (or is not visible to this login)
    AlreadyExists,    ///< a unique value is taken (email, organization name, ...)
    NotAllowed,       ///< the database refused: this login may not do that
    WrongState,       ///< the object is not in a state that allows it (election running, org not pending)
    AuthFailed,       ///< wrong email or password
    AccountNotActive, ///< correct password, but the account may not sign in yet
    Unavailable,      ///< server or service unreachable, retry later
    Conflict,         ///< a concurrent change won; retry
    Cancelled,        ///< the user stopped it; nothing was changed
    Internal,         ///< a bug or an unexpected server reply; the message says what happened
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

/// The value of an operation that can fail for a user's reason, or the Error that says why.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) { Q_ASSERT(m_error.code != ErrorCode::None); }

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T& value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T&& value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    QString message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success.
struct Done
{
};

using Status = Result<Done>;

inline Status success()
{
    return Status(Done{});
}

} // namespace Elect
