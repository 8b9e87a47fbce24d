using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>Every log event the portal writes through Serilog (the newest 50,000), rendered as an operator would read them.</summary>
public sealed class LogCapture : ILogEventSink
{
    private const int Kept = 50_000;
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        while (_events.Count > Kept && _events.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Messages, properties and exceptions: everything a log sink would write.</summary>
    public string Text() => string.Join('\n', Events.Select(e =>
        $"{e.Level} {e.RenderMessage(CultureInfo.InvariantCulture)} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));
}
