package uk.gov.council.socialgov;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features depend on each other in one direction only, the engine wiring and web layer know no
 * feature, and docs/architecture.md says truly what each package depends on. Every rule applies to
 * every package there is, so a new feature is covered without being listed here.
 */
class ModularityTest {

    private static final String ROOT = "uk.gov.council.socialgov";
    /** What every feature may build on; these know no feature. */
    private static final String[] INFRASTRUCTURE = {ROOT + ".workflow..", ROOT + ".web..", ROOT + ".database.."};
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$", Pattern.MULTILINE);
    private static final Pattern PACKAGE_NAME = Pattern.compile("`([a-z]+)`");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theEngineWiringAndWebLayerKnowNoFeature() {
        noClasses().that().resideInAnyPackage(INFRASTRUCTURE)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(INFRASTRUCTURE)))
                        .and(not(resideInAPackage(ROOT))))
                .check(classes);
    }

    @Test
    void theArchitectureDocumentSaysWhatEachPackageDependsOn() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        String document = Files.readString(Path.of("../docs/architecture.md"));
        String packages = document.substring(document.indexOf("## Backend packages"));
        packages = packages.substring(0, packages.indexOf("\n## ", 1));
        Matcher row = TABLE_ROW.matcher(packages);
        while (row.find()) {
            Set<String> dependsOn = new TreeSet<>();
            PACKAGE_NAME.matcher(row.group(2)).results().forEach(name -> dependsOn.add(name.group(1)));
            documented.put(row.group(1), dependsOn);
        }
        assertThat(documented).isEqualTo(actualDependencies());
    }

    private Map<String, Set<String>> actualDependencies() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = feature(type);
            if (from == null) {
                continue;
            }
            Set<String> dependsOn = actual.computeIfAbsent(from, name -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass());
                if (to != null && !to.equals(from)) {
                    dependsOn.add(to);
                }
            }
        }
        return actual;
    }

    /** The top-level package under the root a class lives in; null for the root itself or outside it. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
