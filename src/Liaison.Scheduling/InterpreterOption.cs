using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>An interpreter who covers one of a request's acceptable pairs, and the request's starts at which they are available throughout.</summary>
/// <param name="Interpreter">The interpreter.</param>
/// <param name="Starts">Ascending timeline minutes; never empty.</param>
internal sealed record InterpreterOption(Interpreter Interpreter, long[] Starts);
