namespace Liaison.Data.Backup;

/// <summary>A backup or restore could not be made: missing tools, an unreadable file, a file that is not a Liaison backup.</summary>
public sealed class BackupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public BackupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BackupException()
    {
    }
}
