// Only the configuration file's content changes (same path): the dataset is regenerated; force always
// regenerates; a format no longer requested has its file removed.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def events = checks.log(basedir).readLines().findResults { line ->
    line =~ /Generated customers\.json=50\b/ ? 'json' : line =~ /Generated customers\.jsonl=50\b/ ? 'jsonl'
            : line =~ /are up to date/ ? 'up-to-date' : null
}
assert events == ['json', 'json', 'up-to-date', 'json', 'jsonl']
assert new File(basedir, 'target/config/personas.yaml').text.contains('Variant B')
assert out.list().findAll { !it.startsWith('.') && !it.endsWith('.schema.json') }.every { it == 'manifest.json' || it.endsWith('.jsonl') } && new File(out, 'customers.jsonl').isFile()
assert checks.readManifest(out).formats == ['jsonl']
checks.assertManifestMatches(out)
assert new File(out, 'customers.jsonl').readLines('UTF-8').size() == 50
checks.assertNoTemporaryFiles(out)
