using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Counts the SQL commands EF Core executes in this process (the portal runs in-process) through EF Core's
/// DiagnosticListener events, without touching the portal's code. Only meaningful while one request is in flight.
/// </summary>
internal sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string EfListenerName = "Microsoft.EntityFrameworkCore";
    private static readonly string _commandExecuted = RelationalEventId.CommandExecuted.Name!;

    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _commands = [];
    private readonly Lock _lock = new();

    private SqlStatementCounter()
    {
    }

    public static SqlStatementCounter Start()
    {
        var counter = new SqlStatementCounter();
        counter._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    /// <summary>The commands since the last call, with their parameter values, and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_lock)
        {
            var taken = _commands.ToList();
            _commands.Clear();
            return taken;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }

            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == EfListenerName)
        {
            lock (_lock)
            {
                _subscriptions.Add(listener.Subscribe(this, name => name == _commandExecuted));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != _commandExecuted || value.Value is not CommandExecutedEventData data)
        {
            return;
        }

        var text = new StringBuilder(data.Command.CommandText);
        foreach (System.Data.Common.DbParameter parameter in data.Command.Parameters)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  -- {parameter.ParameterName} = {parameter.Value}");
        }

        lock (_lock)
        {
            _commands.Add(text.ToString());
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
