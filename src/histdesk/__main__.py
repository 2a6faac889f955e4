from histdesk.cli import run

run()
