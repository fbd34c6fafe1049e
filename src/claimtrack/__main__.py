from claimtrack.cli import app

app(prog_name="claimtrack")
