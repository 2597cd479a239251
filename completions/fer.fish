# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_fer_global_optspecs
    string join \n profile= config= api-url= auth-url= o/output= q/quiet v/verbose no-input color= sandbox h/help V/version
end

function __fish_fer_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_fer_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_fer_using_subcommand
    set -l cmd (__fish_fer_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c fer -n "__fish_fer_needs_command" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_needs_command" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_needs_command" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_needs_command" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_needs_command" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_needs_command" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_needs_command" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_needs_command" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_needs_command" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_needs_command" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_needs_command" -f -a "login" -d 'Store Remote Control API credentials in a profile'
complete -c fer -n "__fish_fer_needs_command" -f -a "logout" -d 'Remove a profile and its cached token'
complete -c fer -n "__fish_fer_needs_command" -f -a "auth" -d 'Show and check the stored credentials'
complete -c fer -n "__fish_fer_needs_command" -f -a "env" -d 'Account environments'
complete -c fer -n "__fish_fer_needs_command" -f -a "events" -d 'The webhook event catalogue'
complete -c fer -n "__fish_fer_needs_command" -f -a "webhook" -d 'Create, list, change, delete and test webhooks'
complete -c fer -n "__fish_fer_needs_command" -f -a "webhooks" -d 'Create, list, change, delete and test webhooks'
complete -c fer -n "__fish_fer_needs_command" -f -a "sandbox" -d 'The sandbox built into fer: trigger events, reset it, show it'
complete -c fer -n "__fish_fer_needs_command" -f -a "completions" -d 'Print a completion script for a shell'
complete -c fer -n "__fish_fer_needs_command" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c fer -n "__fish_fer_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand login" -l account-id -d 'Account id (FER_ACCOUNT_ID)' -r
complete -c fer -n "__fish_fer_using_subcommand login" -l client-id -d 'Client id (FER_CLIENT_ID)' -r
complete -c fer -n "__fish_fer_using_subcommand login" -l environment -d 'Default environment for this profile: id or name' -r
complete -c fer -n "__fish_fer_using_subcommand login" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand login" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand login" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand login" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand login" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand login" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand login" -l client-secret-stdin -d 'Read the client secret from stdin (FER_CLIENT_SECRET is also read)'
complete -c fer -n "__fish_fer_using_subcommand login" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand login" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand login" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand login" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand login" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand logout" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand logout" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand logout" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand logout" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand logout" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand logout" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand logout" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand logout" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand logout" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand logout" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand logout" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Show the profile in use and check its credentials'
complete -c fer -n "__fish_fer_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the profile in use and check its credentials'
complete -c fer -n "__fish_fer_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -f -a "list" -d 'List the account\'s environments'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -f -a "ls" -d 'List the account\'s environments'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -f -a "use" -d 'Set the profile\'s default environment'
complete -c fer -n "__fish_fer_using_subcommand env; and not __fish_seen_subcommand_from list ls use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s environments'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "use" -d 'Set the profile\'s default environment'
complete -c fer -n "__fish_fer_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -f -a "list" -d 'List the events a webhook can subscribe to'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -f -a "ls" -d 'List the events a webhook can subscribe to'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -f -a "sample" -d 'Print the sample delivery body for an event, as JSON'
complete -c fer -n "__fish_fer_using_subcommand events; and not __fish_seen_subcommand_from list ls sample help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from sample" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the events a webhook can subscribe to'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "sample" -d 'Print the sample delivery body for an event, as JSON'
complete -c fer -n "__fish_fer_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "create" -d 'Create a webhook (interactive on a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "list" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "ls" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "get" -d 'Show one webhook'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "update" -d 'Change a webhook\'s event, URL or description'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "delete" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "rm" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "test" -d 'Send a sample delivery to a webhook\'s URL and report what came back'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "listen" -d 'Receive deliveries on 127.0.0.1 and print them'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "apply" -d 'Make the account\'s webhooks match a file'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "export" -d 'Print the current webhooks in the apply file format'
complete -c fer -n "__fish_fer_using_subcommand webhook; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l event -d 'Event: identifier (any case), label, or kebab/snake form' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l url -d 'URL that receives the deliveries (absolute http or https)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l description -d 'Short description (at most 255 characters)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l if-not-exists -d 'When the environment already has a webhook with this event and URL, print it and exit 0'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l event -d 'Only webhooks for this event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l event -d 'Only webhooks for this event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l event -d 'New event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l url -d 'New URL' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l description -d 'New description ("" clears it)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l url -d 'Send to this URL instead of a webhook\'s (needs --event)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l event -d 'Event of the sample body' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l set -d 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l data -d 'Send this body instead of the sample (a file, or - for stdin)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s H -l header -d 'Extra request header' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l timeout -d 'Seconds to wait for the response' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l port -d 'Port on 127.0.0.1 (0 takes a free one and prints it)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l forward-to -d 'Relay each delivery (body and headers) to this URL' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l respond-with -d 'HTTP status to answer with' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l max-events -d 'Exit after N deliveries' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s f -l file -d 'The file (- for stdin)' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l prune -d 'Delete the webhooks of the file\'s environments that the file does not list'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a webhook (interactive on a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one webhook'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a webhook\'s event, URL or description'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a sample delivery to a webhook\'s URL and report what came back'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive deliveries on 127.0.0.1 and print them'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the account\'s webhooks match a file'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the current webhooks in the apply file format'
complete -c fer -n "__fish_fer_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "create" -d 'Create a webhook (interactive on a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "list" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "ls" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "get" -d 'Show one webhook'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "update" -d 'Change a webhook\'s event, URL or description'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "delete" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "rm" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "test" -d 'Send a sample delivery to a webhook\'s URL and report what came back'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "listen" -d 'Receive deliveries on 127.0.0.1 and print them'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "apply" -d 'Make the account\'s webhooks match a file'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "export" -d 'Print the current webhooks in the apply file format'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and not __fish_seen_subcommand_from create list ls get update delete rm test listen apply export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l event -d 'Event: identifier (any case), label, or kebab/snake form' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l url -d 'URL that receives the deliveries (absolute http or https)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l description -d 'Short description (at most 255 characters)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l if-not-exists -d 'When the environment already has a webhook with this event and URL, print it and exit 0'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l event -d 'Only webhooks for this event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l event -d 'Only webhooks for this event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l event -d 'New event' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l url -d 'New URL' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l description -d 'New description ("" clears it)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l url -d 'Send to this URL instead of a webhook\'s (needs --event)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l event -d 'Event of the sample body' -r -f -a "Flag.created\t'Flag created'
Flag.removed\t'Flag removed'
Campaign.status.changed\t'Campaign status changed'
Project.access.granted\t'Project access granted to user'
Project.edit_role.granted\t'Project edit role granted to user'
Project.access.removed\t'Project access removed'
Account.access.granted\t'Account access granted to user'
Account.edit_role.granted\t'Account edit role granted to user'
Account.access.removed\t'Account access removed'"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l set -d 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l data -d 'Send this body instead of the sample (a file, or - for stdin)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s H -l header -d 'Extra request header' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l timeout -d 'Seconds to wait for the response' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l port -d 'Port on 127.0.0.1 (0 takes a free one and prints it)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l forward-to -d 'Relay each delivery (body and headers) to this URL' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l respond-with -d 'HTTP status to answer with' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l max-events -d 'Exit after N deliveries' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s f -l file -d 'The file (- for stdin)' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l prune -d 'Delete the webhooks of the file\'s environments that the file does not list'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l env -d 'Environment: id or name (any case) [env: FER_ENVIRONMENT]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l all-envs -d 'Every environment of the account'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a webhook (interactive on a terminal)'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one webhook'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a webhook\'s event, URL or description'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a sample delivery to a webhook\'s URL and report what came back'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive deliveries on 127.0.0.1 and print them'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the account\'s webhooks match a file'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the current webhooks in the apply file format'
complete -c fer -n "__fish_fer_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -f -a "trigger" -d 'Fire an event: POST its body to every sandbox webhook for it'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -f -a "reset" -d 'Forget the sandbox\'s state: the next command starts afresh'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -f -a "status" -d 'Where the sandbox lives, its environments and webhooks'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and not __fish_seen_subcommand_from trigger reset status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l env -d 'Only the webhooks of this environment (id or name)' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l set -d 'Set a top-level field of the body (the value is parsed as JSON when it is JSON)' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "trigger" -d 'Fire an event: POST its body to every sandbox webhook for it'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget the sandbox\'s state: the next command starts afresh'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the sandbox lives, its environments and webhooks'
complete -c fer -n "__fish_fer_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand completions" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand completions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand completions" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand completions" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand completions" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand completions" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand completions" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand completions" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand completions" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fer -n "__fish_fer_using_subcommand completions" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand man" -l profile -d 'Credentials profile [default: the config\'s default_profile, else "default"]' -r
complete -c fer -n "__fish_fer_using_subcommand man" -l config -d 'Config file [default: $XDG_CONFIG_HOME/fer/config.toml]' -r -F
complete -c fer -n "__fish_fer_using_subcommand man" -l api-url -d 'Remote Control API base URL [default: https://api.flagship.io/v1]' -r
complete -c fer -n "__fish_fer_using_subcommand man" -l auth-url -d 'Authentication base URL [default: https://auth.flagship.io]' -r
complete -c fer -n "__fish_fer_using_subcommand man" -s o -l output -d 'Output format: table for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c fer -n "__fish_fer_using_subcommand man" -l color -d 'When to use colour (NO_COLOR turns it off for auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c fer -n "__fish_fer_using_subcommand man" -s q -l quiet -d 'Print only what a script needs (ids), nothing decorative'
complete -c fer -n "__fish_fer_using_subcommand man" -s v -l verbose -d 'Log each HTTP request on stderr: method, URL, status, milliseconds'
complete -c fer -n "__fish_fer_using_subcommand man" -l no-input -d 'Never prompt (also in force whenever stdin is not a terminal)'
complete -c fer -n "__fish_fer_using_subcommand man" -l sandbox -d 'Run against the sandbox built into fer: no account, no login (FER_SANDBOX=1)'
complete -c fer -n "__fish_fer_using_subcommand man" -s h -l help -d 'Print help'
complete -c fer -n "__fish_fer_using_subcommand man" -s V -l version -d 'Print version'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "login" -d 'Store Remote Control API credentials in a profile'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "logout" -d 'Remove a profile and its cached token'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "auth" -d 'Show and check the stored credentials'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "env" -d 'Account environments'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "events" -d 'The webhook event catalogue'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "webhook" -d 'Create, list, change, delete and test webhooks'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "sandbox" -d 'The sandbox built into fer: trigger events, reset it, show it'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "completions" -d 'Print a completion script for a shell'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c fer -n "__fish_fer_using_subcommand help; and not __fish_seen_subcommand_from login logout auth env events webhook sandbox completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the profile in use and check its credentials'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "list" -d 'List the account\'s environments'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "use" -d 'Set the profile\'s default environment'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'List the events a webhook can subscribe to'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "sample" -d 'Print the sample delivery body for an event, as JSON'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "create" -d 'Create a webhook (interactive on a terminal)'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "list" -d 'List webhooks'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "get" -d 'Show one webhook'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "update" -d 'Change a webhook\'s event, URL or description'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "delete" -d 'Delete webhooks'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "test" -d 'Send a sample delivery to a webhook\'s URL and report what came back'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "listen" -d 'Receive deliveries on 127.0.0.1 and print them'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "apply" -d 'Make the account\'s webhooks match a file'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "export" -d 'Print the current webhooks in the apply file format'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "trigger" -d 'Fire an event: POST its body to every sandbox webhook for it'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Forget the sandbox\'s state: the next command starts afresh'
complete -c fer -n "__fish_fer_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Where the sandbox lives, its environments and webhooks'
