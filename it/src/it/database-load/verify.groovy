// docs/databases.md's plugin configuration works as pasted: generate wrote the relational files and load put every
// row of them into the H2 database with the test-db server's credentials, in schema customers, through inserts.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
def manifest = checks.readManifest(out)
assert manifest.count == 40
assert new File(out, 'relational-tables.json').isFile()
def loaded = (log =~ /Loaded (\d+) rows into (\d+) tables of schema CUSTOMERS \(H2, inserts\) from /)
assert loaded.find() : 'the load goal did not report a load into H2'
def rows = manifest.files.findAll { it.file.startsWith('table-') }.sum { it.records as long }
assert loaded.group(1) as long == rows : "loaded ${loaded.group(1)} rows, the manifest lists ${rows}"
assert log =~ /loaded customers: 40 rows \(1\/\d+\)/
assert new File(basedir, 'target/test-db.mv.db').isFile()
checks.assertManifestMatches(out)
