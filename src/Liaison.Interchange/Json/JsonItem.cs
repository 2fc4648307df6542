using System.Text.Json;

namespace Liaison.Interchange.Json;

/// <summary>A JSON value together with its JSON path, so that problems about it can say where it is.</summary>
/// <param name="Element">The value.</param>
/// <param name="Path">Its JSON path, e.g. <c>$.requests[3]</c>.</param>
internal readonly record struct JsonItem(JsonElement Element, string Path);
