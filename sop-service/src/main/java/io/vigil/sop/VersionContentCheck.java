package io.vigil.sop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.testing.SuiteRunner;
import io.vigil.sop.testing.TestCase;
import io.vigil.sop.testing.TestReport;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.TreeCompiler;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates a version's tree before it is saved and runs its test suite when it is submitted. */
@ApplicationScoped
public class VersionContentCheck {

    private final TreeCompiler compiler;
    private final ObjectMapper json;

    public VersionContentCheck(TreeCompiler compiler, ObjectMapper json) {
        this.compiler = compiler;
        this.json = json;
    }

    public CompiledTree validate(VersionContent content) {
        try {
            return compiler.compile(json.readTree(content.decisionTree()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite's consistency as stored JSON: computed once, at submission, and shown in review. */
    public String report(VersionContent content) {
        try {
            List<TestCase> suite = json.readValue(content.testSuite(), new TypeReference<List<TestCase>>() { });
            return json.writeValueAsString(testReport(content, suite));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestReport testReport(VersionContent content, List<TestCase> suite) {
        return SuiteRunner.run(validate(content), suite);
    }

    public TestReport readReport(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, TestReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
