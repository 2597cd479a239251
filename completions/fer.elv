
use builtin;
use str;

set edit:completion:arg-completer[fer] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'fer'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'fer'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store Remote Control API credentials in a profile'
            cand logout 'Remove a profile and its cached token'
            cand auth 'Show and check the stored credentials'
            cand env 'Account environments'
            cand events 'The webhook event catalogue'
            cand webhook 'Create, list, change, delete and test webhooks'
            cand webhooks 'Create, list, change, delete and test webhooks'
            cand sandbox 'The sandbox built into fer: trigger events, reset it, show it'
            cand completions 'Print a completion script for a shell'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;login'= {
            cand --account-id 'Account id (FER_ACCOUNT_ID)'
            cand --client-id 'Client id (FER_CLIENT_ID)'
            cand --environment 'Default environment for this profile: id or name'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --client-secret-stdin 'Read the client secret from stdin (FER_CLIENT_SECRET is also read)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;logout'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;auth'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the profile in use and check its credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;auth;status'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;auth;help'= {
            cand status 'Show the profile in use and check its credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;auth;help;status'= {
        }
        &'fer;auth;help;help'= {
        }
        &'fer;env'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the account''s environments'
            cand ls 'List the account''s environments'
            cand use 'Set the profile''s default environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;env;list'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;env;ls'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;env;use'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;env;help'= {
            cand list 'List the account''s environments'
            cand use 'Set the profile''s default environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;env;help;list'= {
        }
        &'fer;env;help;use'= {
        }
        &'fer;env;help;help'= {
        }
        &'fer;events'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the events a webhook can subscribe to'
            cand ls 'List the events a webhook can subscribe to'
            cand sample 'Print the sample delivery body for an event, as JSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;events;list'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;events;ls'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;events;sample'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;events;help'= {
            cand list 'List the events a webhook can subscribe to'
            cand sample 'Print the sample delivery body for an event, as JSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;events;help;list'= {
        }
        &'fer;events;help;sample'= {
        }
        &'fer;events;help;help'= {
        }
        &'fer;webhook'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a webhook (interactive on a terminal)'
            cand list 'List webhooks'
            cand ls 'List webhooks'
            cand get 'Show one webhook'
            cand update 'Change a webhook''s event, URL or description'
            cand delete 'Delete webhooks'
            cand rm 'Delete webhooks'
            cand test 'Send a sample delivery to a webhook''s URL and report what came back'
            cand listen 'Receive deliveries on 127.0.0.1 and print them'
            cand apply 'Make the account''s webhooks match a file'
            cand export 'Print the current webhooks in the apply file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;webhooks'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a webhook (interactive on a terminal)'
            cand list 'List webhooks'
            cand ls 'List webhooks'
            cand get 'Show one webhook'
            cand update 'Change a webhook''s event, URL or description'
            cand delete 'Delete webhooks'
            cand rm 'Delete webhooks'
            cand test 'Send a sample delivery to a webhook''s URL and report what came back'
            cand listen 'Receive deliveries on 127.0.0.1 and print them'
            cand apply 'Make the account''s webhooks match a file'
            cand export 'Print the current webhooks in the apply file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;webhook;create'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Event: identifier (any case), label, or kebab/snake form'
            cand --url 'URL that receives the deliveries (absolute http or https)'
            cand --description 'Short description (at most 255 characters)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --if-not-exists 'When the environment already has a webhook with this event and URL, print it and exit 0'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;create'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Event: identifier (any case), label, or kebab/snake form'
            cand --url 'URL that receives the deliveries (absolute http or https)'
            cand --description 'Short description (at most 255 characters)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --if-not-exists 'When the environment already has a webhook with this event and URL, print it and exit 0'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;list'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Only webhooks for this event'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;ls'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Only webhooks for this event'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;list'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Only webhooks for this event'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;ls'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'Only webhooks for this event'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;get'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;get'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;update'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'New event'
            cand --url 'New URL'
            cand --description 'New description ("" clears it)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;update'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --event 'New event'
            cand --url 'New URL'
            cand --description 'New description ("" clears it)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;delete'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;rm'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;delete'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;rm'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;test'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --url 'Send to this URL instead of a webhook''s (needs --event)'
            cand --event 'Event of the sample body'
            cand --set 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)'
            cand --data 'Send this body instead of the sample (a file, or - for stdin)'
            cand -H 'Extra request header'
            cand --header 'Extra request header'
            cand --timeout 'Seconds to wait for the response'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;test'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --url 'Send to this URL instead of a webhook''s (needs --event)'
            cand --event 'Event of the sample body'
            cand --set 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)'
            cand --data 'Send this body instead of the sample (a file, or - for stdin)'
            cand -H 'Extra request header'
            cand --header 'Extra request header'
            cand --timeout 'Seconds to wait for the response'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;listen'= {
            cand --port 'Port on 127.0.0.1 (0 takes a free one and prints it)'
            cand --forward-to 'Relay each delivery (body and headers) to this URL'
            cand --respond-with 'HTTP status to answer with'
            cand --max-events 'Exit after N deliveries'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;listen'= {
            cand --port 'Port on 127.0.0.1 (0 takes a free one and prints it)'
            cand --forward-to 'Relay each delivery (body and headers) to this URL'
            cand --respond-with 'HTTP status to answer with'
            cand --max-events 'Exit after N deliveries'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;apply'= {
            cand -f 'The file (- for stdin)'
            cand --file 'The file (- for stdin)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --prune 'Delete the webhooks of the file''s environments that the file does not list'
            cand --dry-run 'Print the plan and change nothing'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;apply'= {
            cand -f 'The file (- for stdin)'
            cand --file 'The file (- for stdin)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --prune 'Delete the webhooks of the file''s environments that the file does not list'
            cand --dry-run 'Print the plan and change nothing'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;export'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhooks;export'= {
            cand --env 'Environment: id or name (any case) [env: FER_ENVIRONMENT]'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand --all-envs 'Every environment of the account'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;webhook;help'= {
            cand create 'Create a webhook (interactive on a terminal)'
            cand list 'List webhooks'
            cand get 'Show one webhook'
            cand update 'Change a webhook''s event, URL or description'
            cand delete 'Delete webhooks'
            cand test 'Send a sample delivery to a webhook''s URL and report what came back'
            cand listen 'Receive deliveries on 127.0.0.1 and print them'
            cand apply 'Make the account''s webhooks match a file'
            cand export 'Print the current webhooks in the apply file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;webhook;help;create'= {
        }
        &'fer;webhook;help;list'= {
        }
        &'fer;webhook;help;get'= {
        }
        &'fer;webhook;help;update'= {
        }
        &'fer;webhook;help;delete'= {
        }
        &'fer;webhook;help;test'= {
        }
        &'fer;webhook;help;listen'= {
        }
        &'fer;webhook;help;apply'= {
        }
        &'fer;webhook;help;export'= {
        }
        &'fer;webhook;help;help'= {
        }
        &'fer;webhooks;help'= {
            cand create 'Create a webhook (interactive on a terminal)'
            cand list 'List webhooks'
            cand get 'Show one webhook'
            cand update 'Change a webhook''s event, URL or description'
            cand delete 'Delete webhooks'
            cand test 'Send a sample delivery to a webhook''s URL and report what came back'
            cand listen 'Receive deliveries on 127.0.0.1 and print them'
            cand apply 'Make the account''s webhooks match a file'
            cand export 'Print the current webhooks in the apply file format'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;webhooks;help;create'= {
        }
        &'fer;webhooks;help;list'= {
        }
        &'fer;webhooks;help;get'= {
        }
        &'fer;webhooks;help;update'= {
        }
        &'fer;webhooks;help;delete'= {
        }
        &'fer;webhooks;help;test'= {
        }
        &'fer;webhooks;help;listen'= {
        }
        &'fer;webhooks;help;apply'= {
        }
        &'fer;webhooks;help;export'= {
        }
        &'fer;webhooks;help;help'= {
        }
        &'fer;sandbox'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand trigger 'Fire an event: POST its body to every sandbox webhook for it'
            cand reset 'Forget the sandbox''s state: the next command starts afresh'
            cand status 'Where the sandbox lives, its environments and webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;sandbox;trigger'= {
            cand --env 'Only the webhooks of this environment (id or name)'
            cand --set 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)'
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;sandbox;reset'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;sandbox;status'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;sandbox;help'= {
            cand trigger 'Fire an event: POST its body to every sandbox webhook for it'
            cand reset 'Forget the sandbox''s state: the next command starts afresh'
            cand status 'Where the sandbox lives, its environments and webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;sandbox;help;trigger'= {
        }
        &'fer;sandbox;help;reset'= {
        }
        &'fer;sandbox;help;status'= {
        }
        &'fer;sandbox;help;help'= {
        }
        &'fer;completions'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;man'= {
            cand --profile 'Credentials profile [default: the config''s default_profile, else "default"]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]'
            cand --api-url 'Remote Control API base URL [default: https://api.flagship.io/v1]'
            cand --auth-url 'Authentication base URL [default: https://auth.flagship.io]'
            cand -o 'Output format: table for people, json for scripts'
            cand --output 'Output format: table for people, json for scripts'
            cand --color 'When to use colour (NO_COLOR turns it off for auto)'
            cand -q 'Print only what a script needs (ids), nothing decorative'
            cand --quiet 'Print only what a script needs (ids), nothing decorative'
            cand -v 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --verbose 'Log each HTTP request on stderr: method, URL, status, milliseconds'
            cand --no-input 'Never prompt (also in force whenever stdin is not a terminal)'
            cand --sandbox 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fer;help'= {
            cand login 'Store Remote Control API credentials in a profile'
            cand logout 'Remove a profile and its cached token'
            cand auth 'Show and check the stored credentials'
            cand env 'Account environments'
            cand events 'The webhook event catalogue'
            cand webhook 'Create, list, change, delete and test webhooks'
            cand sandbox 'The sandbox built into fer: trigger events, reset it, show it'
            cand completions 'Print a completion script for a shell'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fer;help;login'= {
        }
        &'fer;help;logout'= {
        }
        &'fer;help;auth'= {
            cand status 'Show the profile in use and check its credentials'
        }
        &'fer;help;auth;status'= {
        }
        &'fer;help;env'= {
            cand list 'List the account''s environments'
            cand use 'Set the profile''s default environment'
        }
        &'fer;help;env;list'= {
        }
        &'fer;help;env;use'= {
        }
        &'fer;help;events'= {
            cand list 'List the events a webhook can subscribe to'
            cand sample 'Print the sample delivery body for an event, as JSON'
        }
        &'fer;help;events;list'= {
        }
        &'fer;help;events;sample'= {
        }
        &'fer;help;webhook'= {
            cand create 'Create a webhook (interactive on a terminal)'
            cand list 'List webhooks'
            cand get 'Show one webhook'
            cand update 'Change a webhook''s event, URL or description'
            cand delete 'Delete webhooks'
            cand test 'Send a sample delivery to a webhook''s URL and report what came back'
            cand listen 'Receive deliveries on 127.0.0.1 and print them'
            cand apply 'Make the account''s webhooks match a file'
            cand export 'Print the current webhooks in the apply file format'
        }
        &'fer;help;webhook;create'= {
        }
        &'fer;help;webhook;list'= {
        }
        &'fer;help;webhook;get'= {
        }
        &'fer;help;webhook;update'= {
        }
        &'fer;help;webhook;delete'= {
        }
        &'fer;help;webhook;test'= {
        }
        &'fer;help;webhook;listen'= {
        }
        &'fer;help;webhook;apply'= {
        }
        &'fer;help;webhook;export'= {
        }
        &'fer;help;sandbox'= {
            cand trigger 'Fire an event: POST its body to every sandbox webhook for it'
            cand reset 'Forget the sandbox''s state: the next command starts afresh'
            cand status 'Where the sandbox lives, its environments and webhooks'
        }
        &'fer;help;sandbox;trigger'= {
        }
        &'fer;help;sandbox;reset'= {
        }
        &'fer;help;sandbox;status'= {
        }
        &'fer;help;completions'= {
        }
        &'fer;help;man'= {
        }
        &'fer;help;help'= {
        }
    ]
    $completions[$command]
}
