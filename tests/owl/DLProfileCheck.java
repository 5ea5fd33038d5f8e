// OWL 2 DL profile check of one ontology file with the OWL API (Debian's libowlapi-java).
// Run: java -cp "/usr/share/java/*" tests/owl/DLProfileCheck.java ontology/policykg.ttl
// Prints one line per violation, then "violations: N".
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class DLProfileCheck {
    public static void main(String[] args) throws Exception {
        OWLOntology onto = OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new File(args[0]));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(onto);
        for (OWLProfileViolation v : report.getViolations()) {
            System.out.println(v.toString().replace('\n', ' '));
        }
        System.out.println("violations: " + report.getViolations().size());
    }
}
