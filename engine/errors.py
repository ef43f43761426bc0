"""Errors whose message is meant for the user: the app shows it in a dialog, the CLI prints it and exits 2."""


class AlchemistError(Exception):
    """A problem with the user's input or model folder, explained in one line."""


class ModelFolderError(AlchemistError):
    """The model folder is missing, corrupt, or does not match its config."""


class InputError(AlchemistError):
    """The text or an option is out of range."""


class UsageError(AlchemistError):
    """A bad command line: one line on stderr and exit code 2."""
