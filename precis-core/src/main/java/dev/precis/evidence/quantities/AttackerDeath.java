package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;

import java.util.regex.Pattern;

/**
 * Death tolls one apart where a sentence tells of the attacker's own death: "killing two people ...
 * before taking his own life" and "three people were killed" may count the same dead, one outlet
 * counting the gunman and the other not. That is a part against a total, not a conflict.
 */
final class AttackerDeath {

    private static final Pattern OWN_DEATH = Pattern.compile(
            "\\b(?:(?:his|her|their) own li(?:fe|ves)|(?:killed|killing|kills|shot|shooting|shoots) (?:himself|herself|themselves)"
                    + "|turn(?:ed|ing|s)? (?:the|a|his|her) (?:gun|weapon|rifle|pistol) on (?:himself|herself|themselves)"
                    + "|suicide|including the (?:gunman|shooter|attacker|assailant|suspect|bomber|killer))\\b",
            Pattern.CASE_INSENSITIVE);

    private AttackerDeath() {
    }

    /** The two tolls are one apart and either sentence tells of the attacker's own death. */
    static boolean mayCountTheAttacker(Mention a, Mention b) {
        if (!a.unit().equals("deaths") || !b.unit().equals("deaths")) return false;
        if (Math.abs(a.value() - b.value()) != 1) return false;
        return OWN_DEATH.matcher(a.sentence().text()).find() || OWN_DEATH.matcher(b.sentence().text()).find();
    }
}
