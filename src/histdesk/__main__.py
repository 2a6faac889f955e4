from histdesk.cli import app

app(prog_name="histdesk")
