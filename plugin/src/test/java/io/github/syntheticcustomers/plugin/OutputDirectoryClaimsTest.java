package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryClaimsTest {

    @TempDir
    Path dir;

    @Test
    void secondOwnerOfADirectoryIsRefusedWithBothNamed() throws Exception {
        OutputDirectoryClaims claims = new OutputDirectoryClaims(new ConcurrentHashMap<>());
        claims.claim(dir.resolve("data"), "execution 'a' of g:m");
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> claims.claim(dir.resolve("other/../data"), "execution 'b' of g:m"));
        assertTrue(e.getMessage().contains("is already written by execution 'a' of g:m in this build"), e.getMessage());
        assertTrue(e.getMessage().contains("Give execution 'b' of g:m its own outputDirectory"), e.getMessage());
    }

    @Test
    void sameOwnerMayClaimAgainAndOtherDirectoriesAreFree() throws Exception {
        OutputDirectoryClaims claims = new OutputDirectoryClaims(new ConcurrentHashMap<>());
        claims.claim(dir.resolve("data"), "execution 'a' of g:m");
        assertDoesNotThrow(() -> claims.claim(dir.resolve("data"), "execution 'a' of g:m"));
        assertDoesNotThrow(() -> claims.claim(dir.resolve("data-2"), "execution 'b' of g:m"));
    }

    @Test
    void claimsAreSharedThroughTheirMapOnly() throws Exception {
        ConcurrentHashMap<String, String> build = new ConcurrentHashMap<>();
        new OutputDirectoryClaims(build).claim(dir, "execution 'a' of g:one");
        assertThrows(MojoExecutionException.class, () -> new OutputDirectoryClaims(build).claim(dir, "execution 'a' of g:two"));
        assertDoesNotThrow(() -> new OutputDirectoryClaims(new ConcurrentHashMap<>()).claim(dir, "execution 'a' of g:two"));
    }
}
