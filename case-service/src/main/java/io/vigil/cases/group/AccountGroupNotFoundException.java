package io.vigil.cases.group;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No account group with this id in the caller's regions. */
public class AccountGroupNotFoundException extends ResourceNotFoundException {

    public AccountGroupNotFoundException(UUID id) {
        super("Account group", id);
    }
}
