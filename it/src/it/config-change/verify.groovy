// Only the configuration file's content changes (same path): the dataset is regenerated; force always regenerates.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def events = checks.log(basedir).readLines().findResults { line ->
    line.contains('Generated customers.json=50') ? 'generated' : line =~ /are up to date/ ? 'up-to-date' : null
}
assert events == ['generated', 'generated', 'up-to-date', 'generated']
assert new File(basedir, 'target/config/personas.yaml').text.contains('Variant B')
def manifest = checks.readManifest(out)
checks.assertManifestMatches(out)
assert checks.readJson(new File(out, 'customers.json')).size() == 50
