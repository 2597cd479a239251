
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'fer' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'fer'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'fer' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store Remote Control API credentials in a profile')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a profile and its cached token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Show and check the stored credentials')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Account environments')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The webhook event catalogue')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create, list, change, delete and test webhooks')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Create, list, change, delete and test webhooks')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The sandbox built into fer: trigger events, reset it, show it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;login' {
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'Account id (FER_ACCOUNT_ID)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client id (FER_CLIENT_ID)')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Default environment for this profile: id or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from stdin (FER_CLIENT_SECRET is also read)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile in use and check its credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile in use and check its credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;auth;help;status' {
            break
        }
        'fer;auth;help;help' {
            break
        }
        'fer;env' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s environments')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the account''s environments')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;env;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;env;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;env;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;env;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s environments')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;env;help;list' {
            break
        }
        'fer;env;help;use' {
            break
        }
        'fer;env;help;help' {
            break
        }
        'fer;events' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the events a webhook can subscribe to')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the events a webhook can subscribe to')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print the sample delivery body for an event, as JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;events;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;events;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;events;sample' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;events;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the events a webhook can subscribe to')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print the sample delivery body for an event, as JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;events;help;list' {
            break
        }
        'fer;events;help;sample' {
            break
        }
        'fer;events;help;help' {
            break
        }
        'fer;webhook' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook (interactive on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s event, URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a sample delivery to a webhook''s URL and report what came back')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries on 127.0.0.1 and print them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account''s webhooks match a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current webhooks in the apply file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;webhooks' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook (interactive on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s event, URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a sample delivery to a webhook''s URL and report what came back')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries on 127.0.0.1 and print them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account''s webhooks match a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current webhooks in the apply file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;webhook;create' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event: identifier (any case), label, or kebab/snake form')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'URL that receives the deliveries (absolute http or https)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Short description (at most 255 characters)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'When the environment already has a webhook with this event and URL, print it and exit 0')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;create' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event: identifier (any case), label, or kebab/snake form')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'URL that receives the deliveries (absolute http or https)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Short description (at most 255 characters)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'When the environment already has a webhook with this event and URL, print it and exit 0')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;list' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only webhooks for this event')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;ls' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only webhooks for this event')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;list' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only webhooks for this event')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;ls' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only webhooks for this event')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;get' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;get' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;update' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'New event')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'New URL')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;update' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'New event')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'New URL')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;delete' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;rm' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;delete' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;rm' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;test' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Send to this URL instead of a webhook''s (needs --event)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event of the sample body')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Send this body instead of the sample (a file, or - for stdin)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra request header')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra request header')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the response')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;test' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Send to this URL instead of a webhook''s (needs --event)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Event of the sample body')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Send this body instead of the sample (a file, or - for stdin)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra request header')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra request header')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the response')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 takes a free one and prints it)')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Relay each delivery (body and headers) to this URL')
            [CompletionResult]::new('--respond-with', '--respond-with', [CompletionResultType]::ParameterName, 'HTTP status to answer with')
            [CompletionResult]::new('--max-events', '--max-events', [CompletionResultType]::ParameterName, 'Exit after N deliveries')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 takes a free one and prints it)')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Relay each delivery (body and headers) to this URL')
            [CompletionResult]::new('--respond-with', '--respond-with', [CompletionResultType]::ParameterName, 'HTTP status to answer with')
            [CompletionResult]::new('--max-events', '--max-events', [CompletionResultType]::ParameterName, 'Exit after N deliveries')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file (- for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file (- for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the webhooks of the file''s environments that the file does not list')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file (- for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file (- for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the webhooks of the file''s environments that the file does not list')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;export' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhooks;export' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment: id or name (any case) [env: FER_ENVIRONMENT]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('--all-envs', '--all-envs', [CompletionResultType]::ParameterName, 'Every environment of the account')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;webhook;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook (interactive on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s event, URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a sample delivery to a webhook''s URL and report what came back')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries on 127.0.0.1 and print them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account''s webhooks match a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current webhooks in the apply file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;webhook;help;create' {
            break
        }
        'fer;webhook;help;list' {
            break
        }
        'fer;webhook;help;get' {
            break
        }
        'fer;webhook;help;update' {
            break
        }
        'fer;webhook;help;delete' {
            break
        }
        'fer;webhook;help;test' {
            break
        }
        'fer;webhook;help;listen' {
            break
        }
        'fer;webhook;help;apply' {
            break
        }
        'fer;webhook;help;export' {
            break
        }
        'fer;webhook;help;help' {
            break
        }
        'fer;webhooks;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook (interactive on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s event, URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a sample delivery to a webhook''s URL and report what came back')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries on 127.0.0.1 and print them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account''s webhooks match a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current webhooks in the apply file format')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;webhooks;help;create' {
            break
        }
        'fer;webhooks;help;list' {
            break
        }
        'fer;webhooks;help;get' {
            break
        }
        'fer;webhooks;help;update' {
            break
        }
        'fer;webhooks;help;delete' {
            break
        }
        'fer;webhooks;help;test' {
            break
        }
        'fer;webhooks;help;listen' {
            break
        }
        'fer;webhooks;help;apply' {
            break
        }
        'fer;webhooks;help;export' {
            break
        }
        'fer;webhooks;help;help' {
            break
        }
        'fer;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Fire an event: POST its body to every sandbox webhook for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the sandbox''s state: the next command starts afresh')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the sandbox lives, its environments and webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;sandbox;trigger' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Only the webhooks of this environment (id or name)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;sandbox;reset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;sandbox;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;sandbox;help' {
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Fire an event: POST its body to every sandbox webhook for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the sandbox''s state: the next command starts afresh')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the sandbox lives, its environments and webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;sandbox;help;trigger' {
            break
        }
        'fer;sandbox;help;reset' {
            break
        }
        'fer;sandbox;help;status' {
            break
        }
        'fer;sandbox;help;help' {
            break
        }
        'fer;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credentials profile [default: the config''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Remote Control API base URL [default: https://api.flagship.io/v1]')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Authentication base URL [default: https://auth.flagship.io]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR turns it off for auto)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what a script needs (ids), nothing decorative')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request on stderr: method, URL, status, milliseconds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also in force whenever stdin is not a terminal)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fer;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store Remote Control API credentials in a profile')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a profile and its cached token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Show and check the stored credentials')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Account environments')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The webhook event catalogue')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create, list, change, delete and test webhooks')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The sandbox built into fer: trigger events, reset it, show it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fer;help;login' {
            break
        }
        'fer;help;logout' {
            break
        }
        'fer;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile in use and check its credentials')
            break
        }
        'fer;help;auth;status' {
            break
        }
        'fer;help;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s environments')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the profile''s default environment')
            break
        }
        'fer;help;env;list' {
            break
        }
        'fer;help;env;use' {
            break
        }
        'fer;help;events' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the events a webhook can subscribe to')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print the sample delivery body for an event, as JSON')
            break
        }
        'fer;help;events;list' {
            break
        }
        'fer;help;events;sample' {
            break
        }
        'fer;help;webhook' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a webhook (interactive on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s event, URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete webhooks')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a sample delivery to a webhook''s URL and report what came back')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries on 127.0.0.1 and print them')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account''s webhooks match a file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current webhooks in the apply file format')
            break
        }
        'fer;help;webhook;create' {
            break
        }
        'fer;help;webhook;list' {
            break
        }
        'fer;help;webhook;get' {
            break
        }
        'fer;help;webhook;update' {
            break
        }
        'fer;help;webhook;delete' {
            break
        }
        'fer;help;webhook;test' {
            break
        }
        'fer;help;webhook;listen' {
            break
        }
        'fer;help;webhook;apply' {
            break
        }
        'fer;help;webhook;export' {
            break
        }
        'fer;help;sandbox' {
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Fire an event: POST its body to every sandbox webhook for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the sandbox''s state: the next command starts afresh')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the sandbox lives, its environments and webhooks')
            break
        }
        'fer;help;sandbox;trigger' {
            break
        }
        'fer;help;sandbox;reset' {
            break
        }
        'fer;help;sandbox;status' {
            break
        }
        'fer;help;completions' {
            break
        }
        'fer;help;man' {
            break
        }
        'fer;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
