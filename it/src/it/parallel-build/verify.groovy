// Every -T 4 build (three of them) writes exactly the bytes a single-threaded build writes, module by module.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
def firstCustomers = [] as Set
(1..4).each { i ->
    def module = new File(basedir, "module-${i}/target")
    def serial = new File(module, 'serial')
    // three -T 4 runs (invoker.properties), each compared with the single-threaded run
    ['parallel', 'parallel-2', 'parallel-3'].each { run ->
        def parallel = new File(module, run)
        assert parallel.list().toList().sort() == serial.list().toList().sort() : "module-${i}/${run}"
        assert parallel.list().toList().containsAll(['customers.json', 'customers.jsonl', 'customers.csv', 'manifest.json'])
        parallel.list().each { name ->
            assert new File(parallel, name).bytes == new File(serial, name).bytes : "module-${i}/${run}/${name} differs"
        }
        checks.assertManifestMatches(parallel)
    }
    def parallel = new File(module, 'parallel')
    def manifest = checks.readManifest(parallel)
    assert manifest.seed == i && manifest.count == 300
    checks.assertManifestMatches(parallel)
    checks.assertNoTemporaryFiles(module)
    firstCustomers << checks.readJson(new File(parallel, 'customers.json'))[0].demographics.email
}
// each module its own seed, so its own data
assert firstCustomers.size() == 4
