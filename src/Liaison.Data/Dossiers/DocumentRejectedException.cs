namespace Liaison.Data.Dossiers;

/// <summary>Thrown when a signed document file is refused (too large, empty, or not PDF, DOCX, PNG or JPEG by its content).</summary>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what is accepted.</param>
    public DocumentRejectedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with no message (for serialisers and analyzers).</summary>
    public DocumentRejectedException()
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
